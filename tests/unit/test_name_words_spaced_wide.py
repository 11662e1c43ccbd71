"""A wide gap after a name parts off the next column only when that column names no one (a
trade, a headline, a place, contact details); name words spaced wide are still the name."""
import pytest

from adapters.embedded.parsing.contact import parse_contact
from adapters.reference_data.packaged import packaged_reference_data
from domain.installed_reference_data import install_reference_data


def _name(header: str) -> str | None:
    install_reference_data(packaged_reference_data())
    return parse_contact(header, header.splitlines()).name


@pytest.mark.parametrize("line, name", [
    ("PETER     WALSH", "Peter Walsh"),
    ("Ana  Lucia    Moreno", "Ana Lucia Moreno"),
    ("Kwame\tMensah", "Kwame Mensah"),
])
def test_name_words_spaced_wide_stay_the_name(line, name):
    assert _name(line + "\nkwame@example.org") == name


@pytest.mark.parametrize("line, name", [
    ("THANDO MOKOENA        Plumber", "Thando Mokoena"),
    ("Ines Duarte\tSenior Accountant", "Ines Duarte"),
])
def test_a_trade_in_the_next_column_is_no_part_of_the_name(line, name):
    assert _name(line + "\nines@example.org") == name

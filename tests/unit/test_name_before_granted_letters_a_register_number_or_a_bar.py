"""The name on a line that also gives letters with where they were granted ("CA(SA)"), a
register's number after its letters ("HCPC RA81234") or a headline after a double bar
("‖"): the name alone (fictional people)."""
import pytest

from adapters.embedded.parsing.contact import parse_contact
from adapters.embedded.parsing.post_nominals import split_trailing_letters


@pytest.mark.parametrize("line, name", [
    ("Thandiwe Nomsa Dlamini CA(SA)", "Thandiwe Nomsa Dlamini"),
    ("Megan Clarke CPA(Aust.)", "Megan Clarke"),
    ("Oluwadamilola Akintola BSc (Hons) HCPC RA81234", "Oluwadamilola Akintola"),
    ("Grace Mensah RGN NMC 12A3456E", "Grace Mensah"),
    ("LIAM PATRICK O'SULLIVAN  ‖  Registered Land Surveyor", "Liam Patrick O'Sullivan"),
    ("Liam Walsh ¦ Surveyor", "Liam Walsh"),
])
def test_the_name_is_read_without_what_follows_it(line, name):
    header = f"{line}\nliam@example.com | 0412 903 558"
    assert parse_contact(header, header.splitlines()).name == name


@pytest.mark.parametrize("line", ["Anna Maria RA81234", "John Paul Carter"])
def test_a_register_number_alone_or_a_surname_is_never_cut_as_letters(line):
    assert split_trailing_letters(line) is None


def test_the_register_number_is_not_among_the_letters_after_the_name():
    header = "Oluwadamilola Akintola BSc (Hons) HCPC RA81234\ndami@example.com"
    assert parse_contact(header, header.splitlines()).letters_after_name == ("BSc", "(Hons)", "HCPC")

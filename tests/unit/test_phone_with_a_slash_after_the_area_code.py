"""A phone number written with a slash after its area code, as German-speaking countries write
one ("0171 / 482 90 31", "030/4829031"), is the phone; dates with a slash are not (fictional
people)."""
import time

import pytest

from adapters.embedded.parsing.contact import _AREA_CODE_SLASH, parse_contact


@pytest.mark.parametrize("line, phone", [("Telefon: 0171 / 482 90 31", "0171 / 482 90 31"),
                                         ("Tel. 030/4829031", "030/4829031"),
                                         ("Mobil: 0664 / 123 45 67", "0664 / 123 45 67")])
def test_the_number_after_the_area_code_and_its_slash_is_the_phone(line, phone):
    header = f"Katharina Brandt\n{line}\nk.brandt@example.de"
    assert parse_contact(header, header.splitlines()).phone == phone


@pytest.mark.parametrize("line", ["03/2019 - 05/2020 Pflegerin", "Seit 01/2021 in Köln", "2019/2020 Abitur"])
def test_dates_with_a_slash_are_no_phone(line):
    header = f"Katharina Brandt\n{line}"
    assert parse_contact(header, header.splitlines()).phone is None


def test_a_long_run_does_not_hang_the_pattern():
    """Not a speed target: the digits after the slash are bounded."""
    started = time.perf_counter()
    _AREA_CODE_SLASH.search("0171 /" + " 1" * 20_000 + "/")
    assert time.perf_counter() - started < 2.0

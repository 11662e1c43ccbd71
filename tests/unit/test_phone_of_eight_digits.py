"""Eight-digit numbers (Singapore, Hong Kong, Denmark, Norway, the Gulf states) are the phone
after a label that says so; eight digits alone may be any number."""
import pytest

from adapters.embedded.parsing.contact import parse_contact


def _contact(text: str):
    return parse_contact(text, text.splitlines())



@pytest.mark.parametrize("line, phone", [("HP: 8234 5670 | lim.kh@example.sg", "8234 5670"),
                                         ("Mobile 61234567 · Copenhagen", "61234567")])
def test_an_eight_digit_number_after_a_phone_label_is_the_phone(line, phone):
    assert _contact(f"Lim Kai Hong\n{line}\n").phone == phone


def test_eight_digits_with_no_phone_label_are_no_phone():
    assert _contact("Lim Kai Hong\nStaff ID 82345670\n").phone is None

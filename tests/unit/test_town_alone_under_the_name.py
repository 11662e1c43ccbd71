"""The town a person lives in, written alone on a line of the contact block under the name
("Bristol"), is the résumé's location; a field's label ("Mobile") or a job ("Baker") alone
there is not, and neither is a word with no contact block beside it (fictional people)."""
import pytest

from adapters.embedded.parsing.contact import parse_contact


@pytest.mark.parametrize("header, town", [
    ("Jane Doe\nBristol\njane.doe@example.com", "Bristol"),
    ("Jane Doe\nMilton Keynes\n07700 900123", "Milton Keynes"),
    ("Jane Doe\nRegistered Nurse\nBristol\njane.doe@example.com", "Bristol"),
])
def test_a_town_alone_in_the_contact_block_is_the_location(header, town):
    assert parse_contact(header, header.splitlines()).location == town


@pytest.mark.parametrize("header", [
    "Jane Doe\nMobile\n07700 900123",
    "Jane Doe\nBaker\njane.doe@example.com",
    "Jane Doe\nBristol",
])
def test_a_label_a_job_or_a_lone_word_is_no_location(header):
    assert parse_contact(header, header.splitlines()).location is None

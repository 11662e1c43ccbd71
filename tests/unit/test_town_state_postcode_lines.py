"""Where a person lives, written the Australian way: town, state and postcode before the
country ("Melbourne VIC 3000, Australia") or on the contact line (fictional résumés)."""
import pytest

from adapters.embedded.parsing.contact import parse_contact


@pytest.mark.parametrize("header, location", [
    ("Emily Watson\nPrimary School Teacher\nMelbourne VIC 3000, Australia\nMobile: 0412 555 678", "Melbourne VIC, Australia"),
    ("Emily Watson\nSydney NSW 2000\nemily@example.com.au", "Sydney NSW"),
    ("Emily Watson\nBrisbane QLD 4000 | 0412 555 678 | emily@example.com.au", "Brisbane QLD"),
    ("Emily Watson\nAlice Springs NT 0870, Australia", "Alice Springs NT, Australia"),
])
def test_a_town_with_its_state_and_postcode_is_the_location(header, location):
    contact = parse_contact(header, header.splitlines())
    assert contact.name == "Emily Watson"
    assert contact.location == location

"""A home address at the top of a résumé gives the town it is in: 'Columbus, OH' from
'1420 Maple Avenue, Columbus, OH 43215', never no location at all (fictional people)."""
import pytest

from adapters.embedded.parsing.contact import parse_contact


@pytest.mark.parametrize("header, location", [
    ("Jennifer Adams\n1420 Maple Avenue, Columbus, OH 43215 | (614) 555-0123 | j@example.com", "Columbus, OH"),
    ("Jennifer Adams\n1420 Maple Avenue, Columbus, OH 43215\n(614) 555-0123", "Columbus, OH"),
    ("Jennifer Adams\n88 Elm St., Apt 4B, Springfield, IL 62701", "Springfield, IL"),
    ("Gary Mitchell\n12 Park Road, Leeds LS11 5AB\n07700 900123", "Leeds"),
])
def test_the_town_after_a_street_address_is_the_location(header, location):
    contact = parse_contact(header, header.splitlines())
    assert contact.location == location

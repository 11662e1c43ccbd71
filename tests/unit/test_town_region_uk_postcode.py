"""A UK place written with its county and postcode ('Leeds, West Yorkshire LS11 5AB') is the
location, its postcode dropped as a US ZIP code is (fictional people)."""
import pytest

from adapters.embedded.parsing.contact import parse_contact


@pytest.mark.parametrize("header, location", [
    ("Gary Mitchell\nHGV Class 1 Driver\nLeeds, West Yorkshire LS11 5AB\n07700 900123", "Leeds, West Yorkshire"),
    ("Gary Mitchell\nCardiff, Wales CF10 1AA | gary@example.co.uk", "Cardiff, Wales"),
    ("Gary Mitchell\nBelfast, BT1 5GS\n07700 900123", "Belfast"),
])
def test_a_uk_postcode_after_the_place_is_dropped(header, location):
    contact = parse_contact(header, header.splitlines())
    assert contact.location == location

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


@pytest.mark.parametrize("header, location", [
    # a flat before the street number, a country after the postcode
    ("Siân Roberts\nFlat 3, 12 Harbour Road, Leeds LS2 7AB, United Kingdom\n07700 900123", "Leeds, United Kingdom"),
    ("Siân Roberts\n12 Harbour Road, Leeds LS2 7AB, United Kingdom", "Leeds, United Kingdom"),
    # most of Europe: the street's name before its number, the postcode before the town
    ("Lena Feldmann\nAdresse: Hauptstraße 5, 04109 Leipzig, Deutschland", "Leipzig, Deutschland"),
    ("Lena Feldmann\nBergmannstraße 44, 10961 Berlin", "Berlin"),
    ("Inês Costa\nRua Augusta 27, 1100-048 Lisboa, Portugal", "Lisboa, Portugal"),
    ("Amélie Roux\nRue de Rivoli 12, 75001 Paris, France", "Paris, France"),
    ("Daan de Vries\nKerkstraat 12, 1017 Amsterdam", "Amsterdam"),
    ("Gary Mitchell\nAddress: 12 Park Road, Leeds LS11 5AB", "Leeds"),
])
def test_the_town_of_a_home_address_written_the_british_or_european_way(header, location):
    assert parse_contact(header, header.splitlines()).location == location


def test_a_line_of_numbers_that_is_no_address_gives_no_town():
    header = "Jane Doe\nMarketing Manager 2019, 2020 Awards"
    assert parse_contact(header, header.splitlines()).location is None

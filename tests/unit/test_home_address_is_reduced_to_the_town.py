"""An address given as the résumé's location is kept as its town, region and country only:
house numbers, wards, streets, units and postcodes say more than where one lives and match
no job's place (fictional addresses in the forms several countries write them)."""
import pytest

from adapters.embedded.parsing.contact import parse_contact

ADDRESSES = [
    ("Address : H.No 45, Ward 7, Ludhiana, Punjab - 141001", "Ludhiana, Punjab"),
    ("Address: #12, 3rd Cross, Indiranagar, Bengaluru, Karnataka 560038, India", "Bengaluru, Karnataka, India"),
    ("Address: Plot No. 7, Sector 21, Gurgaon, Haryana 122001", "Gurgaon, Haryana"),
    ("Address: Flat 2, 14 Park Row, Leeds LS1 5HD", "Leeds"),
    ("Address: 22 Acacia Avenue, Bristol BS1 4DJ, United Kingdom", "Bristol, United Kingdom"),
    ("Address: 1420 Maple Avenue, Apt 4B, Springfield, IL 62704, USA", "Springfield, IL, USA"),
    ("Location: 350 Fifth Ave, New York, NY 10118", "New York, NY"),
    ("Anschrift: Hauptstr. 5, 80331 München, Deutschland", "München, Deutschland"),
    ("Endereço: Rua Augusta, 1500, apto 12, Consolação, São Paulo - SP, 01310-100", "São Paulo, SP"),
    ("Endereço: Av. Paulista 1000, Bela Vista, São Paulo/SP, Brasil", "São Paulo, SP, Brasil"),
]


@pytest.mark.parametrize("line, place", ADDRESSES)
def test_a_labelled_address_is_kept_as_its_town_region_and_country(line, place):
    header = f"Asha Verma\nasha.verma@example.com | +44 7700 900123\n{line}"
    location = parse_contact(header, header.splitlines()).location
    assert location == place
    assert not any(c.isdigit() for c in location or "")


@pytest.mark.parametrize("line, place", [
    ("Location: Leeds, West Yorkshire", "Leeds, West Yorkshire"), ("Address: St Albans, Hertfordshire", "St Albans, Hertfordshire"),
    ("City: King's Cross, London", "King's Cross, London"), ("Location: Ludhiana, Punjab, India", "Ludhiana, Punjab, India"),
])
def test_a_labelled_place_that_is_no_street_address_is_kept_as_written(line, place):
    header = f"Asha Verma\nasha.verma@example.com\n{line}"
    assert parse_contact(header, header.splitlines()).location == place

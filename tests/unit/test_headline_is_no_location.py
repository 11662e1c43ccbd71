"""A headline under the name that gives the person's job and employer ('Staff Nurse, Royal
Melbourne Hospital') is set like 'Town, Region' but is no place: it is never the location,
and a place on the next line still is (fictional people)."""
import pytest

from adapters.embedded.parsing.contact import parse_contact


@pytest.mark.parametrize("headline", [
    "Staff Nurse, Royal Melbourne Hospital", "Sous Chef, Brasserie Georges", "Truck Driver, Bison Transport",
    "Graduate Teacher, Footscray North Primary School",
])
def test_a_job_and_employer_headline_is_not_the_location(headline):
    header = f"Sam Lee\n{headline}\nsam@example.com"
    assert parse_contact(header, header.splitlines()).location is None


def test_the_place_under_the_headline_is_the_location():
    header = "Sam Lee\nStaff Nurse, Royal Melbourne Hospital\nParkville, Victoria\nsam@example.com"
    assert parse_contact(header, header.splitlines()).location == "Parkville, Victoria"


@pytest.mark.parametrize("place", ["Baker City, Oregon", "Cook, MN", "Farmer City, IL"])
def test_a_town_named_after_a_trade_is_still_a_place(place):
    header = f"Sam Lee\n{place}\nsam@example.com"
    assert parse_contact(header, header.splitlines()).location == place

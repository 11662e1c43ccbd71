"""Places written as addresses are, without commas ("Parramatta NSW 2150", "Austin TX",
"Leeds LS9 8AB"): their towns still have positions, so a candidate's place found on a résumé
line of that shape fits a job in the next town."""
import pytest

from domain.matching.place_fit import place_pair_fit
from domain.town_distances import country_of, km_between, with_commas


@pytest.mark.parametrize(("written", "read"), [
    ("Wollongong NSW 2500", "wollongong, nsw"),
    ("Round Rock TX", "round rock, tx"),
    ("Hamilton ON L8P 4R5", "hamilton, on"),
    ("Porto Alegre RS", "porto alegre, rs"),
    ("Galway Ireland", "galway, ireland"),
    ("Sheffield S1 2HE", "Sheffield"),
])
def test_a_place_without_commas_is_read_with_them(written, read):
    assert with_commas(written) == read


@pytest.mark.parametrize("whole", ["New York", "Salt Lake City", "Rio de Janeiro", "Frankfurt am Main"])
def test_a_towns_whole_name_stays_as_written(whole):
    assert with_commas(whole) == whole


def test_nothing_known_left_stays_as_written():
    assert with_commas("Nowhereville Flats QLD") == "Nowhereville Flats QLD"


@pytest.mark.parametrize(("written", "country"), [
    ("Geelong VIC 3220", "AU"), ("Fresno CA 93721", "US"), ("Galway Ireland", "IE"), ("Campinas SP", "BR"),
])
def test_its_country_is_known(written, country):
    assert country_of(written) == country


def test_a_suburb_and_state_fit_a_job_in_the_next_town():
    # Blacktown to Penrith (NSW) is about 20 km: a commute.
    km = km_between("Blacktown NSW 2148", "Penrith, NSW", "AU")
    assert km is not None and 10 < km < 30
    assert place_pair_fit("Blacktown NSW 2148", "Penrith, NSW", "AU") == 1.0


def test_a_town_and_postcode_fit_the_next_town():
    km = km_between("Bradford BD1 1HY", "Leeds, UK")
    assert km is not None and 10 < km < 20


@pytest.mark.parametrize(("address", "read"), [
    ("Plot 12, Sector 4, Gurugram, Haryana - 122001", "Gurugram, Haryana"),
    ("Flat 2, 9 Mill Road, Cambridge CB1 2AD", "Cambridge"),
    ("Apartment 5B, Calle Mayor 3, Zaragoza", "Zaragoza"),
])
def test_an_address_is_read_from_its_town_on(address, read):
    assert with_commas(address) == read


def test_a_place_whose_first_part_is_a_town_stays_as_written():
    assert with_commas("Salford, Greater Manchester") == "Salford, Greater Manchester"

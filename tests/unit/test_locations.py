"""Whether a job's location is the place asked for (domain/locations.py)."""
from __future__ import annotations

import pytest

from domain.location_store_hints import a_word_it_must_hold, towns_opening, without_country
from domain.locations import location_matches, place_of


@pytest.mark.parametrize("job, wanted", [
    ("Belfast, United Kingdom", "BELFAST, UK"), ("Belfast", "Belfast, U.K."), ("Zürich, Switzerland", "zurich"),
    ("Seoul, Korea, Republic of", "Seoul, South Korea"), ("St. Louis, MO, USA", "st louis"),
    ("Atlanta, Georgia, USA", "Georgia"), ("Lyon, France", "FRA"), ("Austin, Texas, USA", "Austin, TX"),
    ("Perth, Western Australia", "Perth, WA"), ("Rye, NY", "Rye, Westchester"), ("London, Ontario, Canada", "London, ON"),
    ("Berlin, Germany", "Berlin, DE"), ("Dover, Delaware, USA", "Dover, DE"), ("Denver, CO", "Denver, USA"),
])
def test_places_that_match(job, wanted):
    assert location_matches(job, wanted)


@pytest.mark.parametrize("job, wanted", [
    ("Belfast, Maine, USA", "Belfast, UK"), ("Lisburn, UK", "Belfast"), (None, "Belfast"), ("London, UK", "France"),
    ("London, UK", "London, Ontario"), ("London, Ontario, Canada", "London, England"), ("Austin, MN", "Austin, Texas"),
    ("Berlin, Germany", "Berlin, US"), ("Paris, TX", "Paris, France"),
])
def test_places_that_do_not(job, wanted):
    assert not location_matches(job, wanted)


def test_two_letter_state_codes_are_not_taken_for_countries():
    assert place_of("Denver, CO").country is None and place_of("Springfield, IL").country is None


def test_the_country_left_out_and_the_word_a_match_must_hold():
    assert without_country("BELFAST, UK") == "BELFAST" and without_country("UK") == "UK"
    assert a_word_it_must_hold("Newtownabbey, Co. Antrim, UK") == "newtownabbey"
    assert a_word_it_must_hold("United Kingdom") is None
    assert a_word_it_must_hold("Rye, Westchester") == "rye"


@pytest.mark.parametrize("job, wanted, matches", [
    ("Amarillo, TX", "Texas", True), ("Houston, TX, USA", "Texas, USA", True), ("Sydney, NSW", "New South Wales", True),
    ("München, BY, Germany", "Bayern", True), ("Houston, TX", "Texas, Canada", False), ("Austin, MN", "Texas", False),
    ("Berlin, DE", "Bayern", False), ("Lyon, France", "Texas", False),
])
def test_a_region_asked_for_alone_holds_the_jobs_that_name_it_any_way(job, wanted, matches):
    assert location_matches(job, wanted) is matches
    # no word a storage engine could rule rows out by: "TX" does not hold "texas"
    assert a_word_it_must_hold(wanted) is None


@pytest.mark.parametrize("job, wanted, matches", [
    ("Springfield, IL", "Springfield IL", True), ("Springfield, Illinois, USA", "springfield il usa", True),
    ("Springfield, IL", "Springfield Illinois", True), ("Springfield, MO", "Springfield IL", False),
    ("New York, NY", "New York NY", True), ("New York, NY", "New York USA", True), ("New Malden, UK", "New York", False),
    ("Salt Lake City, UT", "Salt Lake City UT", True), ("São Paulo, SP, Brazil", "Sao Paulo SP", True),
    ("Frankfurt am Main, Germany", "Frankfurt am Main Germany", True), ("Lyon, France", "Frankfurt am Main", False),
    ("Sydney, NSW, Australia", "Sydney New South Wales", True), ("London, Ontario, Canada", "London UK", False),
    ("Paris, TX", "Paris France", False), ("Houston, TX", "Texas USA", True), ("Perth, Western Australia", "Perth WA", True),
])
def test_a_place_written_without_commas_is_read_with_them(job, wanted, matches):
    assert location_matches(job, wanted) is matches
    # the words a store rules rows out by are in every location that matches
    word = a_word_it_must_hold(wanted)
    assert not matches or word is None or word in job.lower().replace("ã", "a")


def test_stores_that_compare_text_get_the_towns_of_the_readings_as_written():
    assert towns_opening("São Paulo SP") == ("São Paulo",)
    assert towns_opening("St. Louis MO USA") == ("St. Louis MO", "St. Louis")
    assert towns_opening("Springfield, IL") == () and towns_opening("Leeds") == ()

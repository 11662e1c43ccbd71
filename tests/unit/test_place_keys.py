"""The stores that only compare text find a town under its other names by keys (domain.place_keys):
a job matches when its location's keys and the asked place's keys share one. That must give
what SQLite's location_matches gives for every job whose town is written otherwise than asked:
the most populous town for a name several bear, the named country's town when one is named."""
import pytest

from domain.locations import location_matches
from domain.place_fold import fold
from domain.place_keys import location_keys, wanted_keys

JOBS = [
    "München, Germany", "Munich, Germany", "Muenchen, DE", "München", "Мюнхен, Германия", "München, Österreich",
    "Vienna, VA, USA", "Vienna, Austria", "Wien", "Wien, Österreich", "Kyiv, Ukraine", "Київ", "Kiev",
    "Hamburg, Germany", "Moscow, ID, USA", "Москва", "Frankfurt am Main, Germany", "Victoria, BC, Canada",
    "Victoria, Seychelles", "Victoria", "Valencia, Spain", "Valencia, Venezuela", "Valencia", "Germany", "",
    "Hamburg, Deutschland", "Berlin, Bundesrepublik Deutschland", "Nowhere Town, Austria",
]
WANTED = [
    "Munich", "München", "munchen, germany", "Мюнхен", "Munich Germany", "Munich, Austria", "Wien", "Vienna",
    "Vienna, Austria", "Wien, USA", "Kiev", "Київ, Україна", "Kyiv Ukraine", "Moskva", "Frankfurt", "Victoria",
    "Victoria, Canada", "Valencia", "Valencia, Venezuela", "Hamburg", "Leeds",
    "Germany", "Deutschland", "Allemagne", "Österreich", "Austria", "Russia",
]


def _written_otherwise(job: str, wanted: str) -> bool:
    return fold(wanted).split(",")[0].split()[0] not in fold(job)


@pytest.mark.parametrize("wanted", WANTED)
def test_keys_in_common_are_location_matches_for_a_town_written_otherwise(wanted):
    asked = set(wanted_keys(wanted))
    for job in (job for job in JOBS if _written_otherwise(job, wanted)):
        assert bool(asked & set(location_keys(job))) == location_matches(job, wanted), (job, wanted)


@pytest.mark.parametrize("job, wanted", [
    ("München, Germany", "Munich"), ("Munich, Germany", "München"), ("Мюнхен", "Munich"), ("Wien, Österreich", "Vienna"),
    ("Vienna, Austria", "Wien"), ("Kiev", "Kyiv"), ("Київ", "Kiev, Ukraine"),
])
def test_a_town_under_another_of_its_names_shares_a_key(job, wanted):
    assert set(location_keys(job)) & set(wanted_keys(wanted))


@pytest.mark.parametrize("job, wanted", [
    ("Vienna, VA, USA", "Wien"), ("München, Österreich", "Munich"), ("Hamburg, Germany", "Munich"),
    ("Victoria, Seychelles", "Victoria, Canada"),
])
def test_another_town_or_a_town_in_another_country_shares_none(job, wanted):
    assert not set(location_keys(job)) & set(wanted_keys(wanted))


def test_a_place_asked_by_a_name_many_countries_give_a_town_asks_a_bounded_few_keys():
    # Victoria names a town of 100,000 people in six countries: one key each, and the most populous's.
    assert len(wanted_keys("Victoria")) == 7


@pytest.mark.parametrize("job, wanted", [
    ("Hamburg, Deutschland", "Germany"), ("Munich, Germany", "Deutschland"), ("Nowhere Town, Austria", "Österreich"),
    ("Germany", "Allemagne"),
])
def test_a_country_asked_alone_shares_a_key_with_every_job_naming_it(job, wanted):
    assert set(location_keys(job)) & set(wanted_keys(wanted))


def test_a_town_asked_shares_no_key_with_other_towns_of_its_country():
    assert not set(location_keys("Hamburg, Germany")) & set(wanted_keys("Munich, Germany"))


@pytest.mark.parametrize("job, wanted", [("Porto", "Portugal"), ("Москва", "Russia"), ("Köln", "Deutschland"),
                                         ("Lisboa", "Portugal")])
def test_a_city_named_alone_is_in_its_country_for_a_search_of_that_country(job, wanted):
    assert location_matches(job, wanted)
    assert set(location_keys(job)) & set(wanted_keys(wanted))


@pytest.mark.parametrize("job, wanted", [("Paris", "United States"), ("Porto", "Brazil"), ("Harrogate", "Portugal"),
                                         ("Remote", "Portugal"), ("Valencia", "Spain"), ("Valencia", "Venezuela"),
                                         ("Newcastle", "Australia"), ("Victoria", "Canada")])
def test_a_town_alone_is_not_in_a_country_where_a_smaller_town_bears_its_name(job, wanted):
    # Paris, Texas and Porto de Santana, Brazil exist; a job saying "Paris" or "Porto" alone
    # means the city; a name no city bears ("Harrogate" alone), or that cities of a like size
    # bear in several countries ("Valencia", "Newcastle", "Victoria"), is in no country.
    assert not location_matches(job, wanted)
    assert not set(location_keys(job)) & set(wanted_keys(wanted))

"""A country named in the writer's own language ("Deutschland", "España", "Brasil", "Polska")
is that country, for a place as for a search; a region's or a town's name that is also some
country's name in another language stays a place ("Granada, España" is in Spain)."""
from __future__ import annotations

import pytest

from domain.locations import location_matches, place_of, without_country


@pytest.mark.parametrize("written, country", [
    ("München, Deutschland", "DE"), ("Sevilla, España", "ES"), ("Curitiba, PR, Brasil", "BR"),
    ("Kraków, Polska", "PL"), ("Lyon, Frankreich", "FR"), ("Torino, Italia", "IT"),
    ("Utrecht, Nederland", "NL"), ("Genève, Suisse", "CH"), ("Wien, Österreich", "AT"),
    ("Bogotá, Colombia", "CO"), ("Ciudad de México, México", "MX"), ("Istanbul, Türkiye", "TR"),
])
def test_a_country_in_the_writers_language_is_that_country(written, country):
    assert place_of(written).country == country


@pytest.mark.parametrize("job, wanted", [
    ("Berlin, Deutschland", "Berlin, Germany"), ("Berlin, Germany", "Berlin, Deutschland"),
    ("São Paulo, Brasil", "Brazil"), ("Madrid, España", "Madrid, Spain"), ("Kraków, Polska", "Poland"),
])
def test_a_search_finds_a_place_whatever_language_names_its_country(job, wanted):
    assert location_matches(job, wanted)


def test_a_country_in_another_language_is_still_dropped_from_the_town():
    assert without_country("Sevilla, España") == "Sevilla"


def test_a_region_named_like_a_country_in_another_language_is_no_country():
    assert place_of("Albolote, Granada").country is None  # Granada is Grenada in Spanish
    assert place_of("Springfield, IL").country is None and place_of("Denver, CO").country is None

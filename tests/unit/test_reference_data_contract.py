"""What the domain assumes of any reference tables (domain.ports.reference_data): the packaged
ones the gateway installs, and the fake the tests install, hold to it alike."""
from __future__ import annotations

import pytest

from adapters.reference_data.packaged import packaged_reference_data
from domain.place_names import fold_name
from domain.ports.reference_data import ReferenceData
from tests.fakes.reference_data import FakeReferenceData


@pytest.fixture(params=["packaged", "fake"])
def tables(request) -> ReferenceData:
    return packaged_reference_data() if request.param == "packaged" else FakeReferenceData()


def test_countries_are_named_and_coded_once(tables: ReferenceData) -> None:
    countries = tables.countries()
    codes = [c.alpha_2 for c in countries]
    assert codes and len(codes) == len(set(codes))
    assert all(len(c.alpha_2) == 2 and c.alpha_2.isupper() and len(c.alpha_3) == 3 and c.name for c in countries)


def test_country_names_in_another_language_keep_the_codes_and_an_unshipped_language_is_none(tables) -> None:
    german = tables.countries_in("de")
    assert german is not None
    assert {c.alpha_2: c.name for c in german}["DE"] == "Deutschland"
    assert [c.alpha_2 for c in german] == [c.alpha_2 for c in tables.countries()]
    assert tables.countries_in("xx_NOWHERE") is None


def test_each_country_s_languages_are_shipped_languages_of_a_known_country(tables: ReferenceData) -> None:
    languages = tables.country_languages()
    countries = {c.alpha_2 for c in tables.countries()}
    assert languages and set(languages) <= countries
    assert all(spoken and all(tables.countries_in(locale) is not None for locale in spoken)
               for spoken in languages.values())
    assert "de" in languages["DE"]


def test_subdivisions_are_coded_within_a_country(tables: ReferenceData) -> None:
    countries = {c.alpha_2 for c in tables.countries()}
    subdivisions = tables.subdivisions()
    assert subdivisions
    assert all(s.code.split("-", 1)[0] in countries and s.name and s.type for s in subdivisions)
    assert any(s.code == "DE-BY" and s.name == "Bayern" for s in subdivisions)


def test_towns_are_named_folded_with_their_country_code(tables: ReferenceData) -> None:
    towns = tables.towns()  # GeoNames' codes: Kosovo's "XK" is not ISO's yet
    assert towns and len({t.geonameid for t in towns}) == len(towns)
    assert all(len(t.country) == 2 and t.country.isupper() and t.names for t in towns)
    assert all(fold_name(name) == name for t in towns for name in t.names)
    munich = next(t for t in towns if "munich" in t.names)
    assert "munchen" in munich.names and munich.country == "DE"


def test_town_positions_are_on_the_globe_with_folded_names(tables: ReferenceData) -> None:
    positions = tables.town_positions()
    assert positions and all(len(t.country) == 2 and t.country.isupper() and t.names for t in positions)
    assert all(-90 <= t.latitude <= 90 and -180 <= t.longitude <= 180 for t in positions)
    assert all(fold_name(name) == name for t in positions for name in t.names)
    populations = [t.population for t in positions]
    assert populations == sorted(populations, reverse=True) and all(p >= 0 for p in populations)
    salford = next(t for t in positions if "salford" in t.names)
    assert salford.country == "GB" and abs(salford.latitude - 53.49) < 0.05 and abs(salford.longitude + 2.29) < 0.05


def test_currency_codes_are_three_capitals(tables: ReferenceData) -> None:
    codes = tables.currency_codes()
    assert {"GBP", "EUR"} <= codes
    assert all(len(code) == 3 and code.isascii() and code.isupper() for code in codes)

"""The reference tables as this package ships them: countries, their names in other
languages, subdivisions and currencies from pycountry (the iso-codes data), the other names
of towns from place_names.tsv.gz, where towns lie from town_positions.tsv.gz and the languages
of each country from country_languages.tsv beside this file (see ATTRIBUTION.md). Both
backends use it.

Each table is read when asked for, never at import, so the API starts as fast as before; the
domain keeps what it derives from them (the towns and translations are asked for once), and
warm-up (gateway.warm_up) asks before a process says it is ready."""
from __future__ import annotations

import gettext
import gzip
from collections.abc import Mapping, Sequence
from functools import cache
from importlib.resources import files
from typing import Any

import pycountry

from domain.ports.reference_data import Country, Subdivision, Town, TownPosition

PLACE_NAMES = "place_names.tsv.gz"
TOWN_POSITIONS = "town_positions.tsv.gz"
COUNTRY_LANGUAGES = "country_languages.tsv"


class PackagedReferenceData:
    def countries(self) -> Sequence[Country]:
        return _countries()

    def countries_in(self, language: str) -> Sequence[Country] | None:
        return _countries_in(language)

    def country_languages(self) -> Mapping[str, Sequence[str]]:
        return _country_languages()

    def subdivisions(self) -> Sequence[Subdivision]:
        return _subdivisions()

    def towns(self) -> Sequence[Town]:
        return _towns()

    def town_positions(self) -> Sequence[TownPosition]:
        return _town_positions()

    def currency_codes(self) -> frozenset[str]:
        return _currency_codes()


@cache
def packaged_reference_data() -> PackagedReferenceData:
    """One per process, so that installing it again keeps what the domain derived from it."""
    return PackagedReferenceData()


def _country(record: Any) -> Country:
    def named(attribute: str) -> str | None:
        return getattr(record, attribute, None)  # pycountry leaves out what a country has not

    name = named("name")
    assert name is not None  # every ISO 3166-1 country has one
    return Country(
        alpha_2=record.alpha_2, alpha_3=record.alpha_3, name=name,
        official_name=named("official_name"), common_name=named("common_name"),
    )


@cache
def _countries() -> tuple[Country, ...]:
    return tuple(_country(record) for record in pycountry.countries)


def _countries_in(language: str) -> tuple[Country, ...] | None:
    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return None  # a pycountry without that language's file
    # From the English rows already read: a pycountry record's attributes are slow to reach, and
    # the domain reads every shipped language once (each country's own names).
    return tuple(Country(alpha_2=c.alpha_2, alpha_3=c.alpha_3, name=translation.gettext(c.name),
                         official_name=translation.gettext(c.official_name) if c.official_name else None,
                         common_name=translation.gettext(c.common_name) if c.common_name else None)
                 for c in _countries())


@cache
def _country_languages() -> dict[str, tuple[str, ...]]:
    """One country a line: its alpha-2 code, then its locales (|), from build_country_languages."""
    text = (files("adapters.reference_data") / COUNTRY_LANGUAGES).read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip())
    return {code: tuple(locales.split("|")) for code, locales in rows}


@cache
def _subdivisions() -> tuple[Subdivision, ...]:
    return tuple(Subdivision(code=r.code, name=r.name, type=r.type) for r in pycountry.subdivisions)


def _towns() -> tuple[Town, ...]:
    """One town a line, the most populous first: geonameid, country, population, names (|)."""
    text = gzip.decompress((files("adapters.reference_data") / PLACE_NAMES).read_bytes()).decode("utf-8")
    towns = []
    for line in text.splitlines():
        ident, country, _, joined = line.split("\t")
        towns.append(Town(geonameid=int(ident), country=country, names=tuple(joined.split("|"))))
    return tuple(towns)


def _town_positions() -> tuple[TownPosition, ...]:
    """One town a line, the most populous first: country, population, latitude, longitude, names (|)."""
    text = gzip.decompress((files("adapters.reference_data") / TOWN_POSITIONS).read_bytes()).decode("utf-8")
    positions = []
    for line in text.splitlines():
        country, population, latitude, longitude, joined = line.split("\t")
        positions.append(TownPosition(country=country, population=int(population), latitude=float(latitude),
                                      longitude=float(longitude), names=tuple(joined.split("|"))))
    return tuple(positions)


@cache
def _currency_codes() -> frozenset[str]:
    return frozenset(currency.alpha_3 for currency in pycountry.currencies)

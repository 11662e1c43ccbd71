"""The reference tables as this package ships them: countries, their names in other
languages, subdivisions and currencies from pycountry (the iso-codes data), and the other
names of towns from place_names.tsv.gz beside this file (see ATTRIBUTION.md). Both backends
use it.

Each table is read when asked for, never at import, so the API starts as fast as before; the
domain keeps what it derives from them (the towns and translations are asked for once), and
warm-up (gateway.warm_up) asks before a process says it is ready."""
from __future__ import annotations

import gettext
import gzip
from collections.abc import Sequence
from functools import cache
from importlib.resources import files
from typing import Any

import pycountry

from domain.ports.reference_data import Country, Subdivision, Town

PLACE_NAMES = "place_names.tsv.gz"


class PackagedReferenceData:
    def countries(self) -> Sequence[Country]:
        return _countries()

    def countries_in(self, language: str) -> Sequence[Country] | None:
        return _countries_in(language)

    def subdivisions(self) -> Sequence[Subdivision]:
        return _subdivisions()

    def towns(self) -> Sequence[Town]:
        return _towns()

    def currency_codes(self) -> frozenset[str]:
        return _currency_codes()


@cache
def packaged_reference_data() -> PackagedReferenceData:
    """One per process, so that installing it again keeps what the domain derived from it."""
    return PackagedReferenceData()


def _country(record: Any, translate: gettext.NullTranslations | None = None) -> Country:
    def named(attribute: str) -> str | None:
        value = getattr(record, attribute, None)  # pycountry leaves out what a country has not
        return translate.gettext(value) if translate is not None and value else value

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
    return tuple(_country(record, translation) for record in pycountry.countries)


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


@cache
def _currency_codes() -> frozenset[str]:
    return frozenset(currency.alpha_3 for currency in pycountry.currencies)

"""Port of the reference tables places and currencies are read by: the ISO 3166 countries
(with their names in other languages and the languages spoken in each) and first-level subdivisions, the other names of the
world's larger towns, where towns lie, and the ISO 4217 currency codes.

An adapter reads them from wherever they are shipped when asked, never at import (a process
that compares no place pays nothing). The domain derives its lookups from them once and keeps
those (domain.locations, domain.place_names); only the currency codes are asked for each time,
so an adapter keeps at least those."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Country:
    """An ISO 3166-1 country as written in one language (the names; never the codes)."""

    alpha_2: str
    alpha_3: str
    name: str
    official_name: str | None
    common_name: str | None


@dataclass(frozen=True)
class Subdivision:
    """An ISO 3166-2 subdivision: its code ("US-TX"), name ("Texas") and type ("State")."""

    code: str
    name: str
    type: str


@dataclass(frozen=True)
class Town:
    """A town and the names it goes by, each folded by domain.place_names.fold_name."""

    geonameid: int
    country: str  # ISO 3166-1 alpha-2
    names: tuple[str, ...]


@dataclass(frozen=True)
class TownPosition:
    """Where a town lies (degrees, WGS 84), with its names folded by domain.place_names.fold_name."""

    country: str  # ISO 3166-1 alpha-2
    population: int
    latitude: float
    longitude: float
    names: tuple[str, ...]


class ReferenceData(Protocol):
    def countries(self) -> Sequence[Country]:
        """Every country, by its English names."""
        ...

    def countries_in(self, language: str) -> Sequence[Country] | None:
        """Every country by its names in `language` (a gettext locale: "de", "zh_CN"), a name
        without a translation as in English; None when that language is not shipped."""
        ...

    def country_languages(self) -> Mapping[str, Sequence[str]]:
        """The languages each country's people write (ISO alpha-2 to locales countries_in
        takes, the most spoken first): a country's own names are its names in these."""
        ...

    def subdivisions(self) -> Sequence[Subdivision]:
        ...

    def towns(self) -> Sequence[Town]:
        """The towns of at least domain.place_names.MIN_POPULATION people, most populous first."""
        ...

    def town_positions(self) -> Sequence[TownPosition]:
        """Where the towns of 5,000 people or more lie, most populous first."""
        ...

    def currency_codes(self) -> frozenset[str]:
        """The ISO 4217 codes, in capitals."""
        ...

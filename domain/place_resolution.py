"""Whether the platform can tell which place a preferred location names, and, when it cannot,
the known places nearest it.

A preferred place the platform cannot read is met by no job: every onsite job then counts as
outside the person's places, and nothing says why. It is refused instead, naming the place
and the nearest known ones ("Manchster": Manchester, United Kingdom).

A place is known when it is (domain.locations reads it so): a word for working from anywhere
("Remote", "Anywhere"), or such a word before a place ("Remote, UK"); a large region of the
world ("Europe", "EMEA"); a town of the gazetteer (domain.place_names: the towns of 100,000
people or more, under any of their names and scripts: "München", "Munich", "Мюнхен",
"Muenchen"); a country in any of its names; a first-level region ("Texas", "Bayern"); or any
place with its country or region after it ("Harrogate, UK", "Smallville, KS"): the gazetteer
holds no small towns, so a town it does not know is taken on the word of its country. Only a
town alone that no list holds ("Harrogate", "Lndon") is refused, with the advice to name its
country."""
from __future__ import annotations

import re
from functools import lru_cache

from domain.country_names import names_a_country_or_region
from domain.installed_reference_data import derived_from_reference_data, reference_data
from domain.locations import comma_readings, place_of
from domain.place_fold import fold
from domain.place_keys import wanted_keys
from domain.place_names import fold_name
from domain.place_regions import town_and_regions
from domain.spelling import nearest_names

# Work from anywhere, as people write it; a place may follow ("Remote, UK", "Hybrid Leeds").
ANYWHERE = frozenset({
    "remote", "anywhere", "worldwide", "home", "hybrid", "wfh", "work from home", "working from home", "home based",
    "homebased", "home working", "homeworking", "fully remote", "remote work", "remote only", "telework",
    "teletravail", "homeoffice", "home office", "teletrabajo", "remoto", "global", "international", "nationwide",
})
# Parts of the world a person may be willing to work anywhere in.
WORLD_REGIONS = frozenset({
    "europe", "asia", "africa", "north america", "south america", "latin america", "central america", "americas",
    "oceania", "australasia", "middle east", "emea", "apac", "latam", "eu", "european union", "scandinavia",
    "nordics", "caribbean", "gcc", "gulf", "benelux", "dach",
})
_AFTER_ANYWHERE = re.compile(r"^(?:in|within|across|from)\s+", re.IGNORECASE)


def known_place(entry: str) -> bool:
    """Whether `entry` names a place the platform can read (see the module's doc)."""
    words = fold_name(entry)
    if not words or words in ANYWHERE or words in WORLD_REGIONS:
        return True
    for size in (3, 2, 1):  # "work from home, Leeds", "remote UK"
        head, rest = " ".join(words.split()[:size]), entry.split(None, size)[-1] if len(words.split()) > size else ""
        if rest == entry:  # words joined by other than spaces ("Remote-first"): the rest as folded
            rest = " ".join(words.split()[size:])
        if head in ANYWHERE:
            rest = _AFTER_ANYWHERE.sub("", rest.strip(" ,-–()/"))
            return not rest or known_place(rest)
    if wanted_keys(entry) or place_of(entry).country is not None or names_a_country_or_region(entry):
        return True
    if town_and_regions(fold(entry))[1]:
        return True
    return any(town_and_regions(reading)[1] or place_of(reading).country is not None
               for reading, _ in comma_readings(entry))


def nearest_known_places(entry: str, limit: int = 3, edits: int | None = None) -> list[str]:
    """Up to `limit` known places nearest `entry` as written (its town part), fewest edits first,
    each as "Town, Country" once (a name several towns bear: the most populous; a country by its
    name alone), under the nearest of its names. `edits`: only names that near, with the entry's
    first letter (an obvious typo), and none when the entry is itself a known name."""
    town = fold_name(entry.split(",")[0])
    if not town:
        return []
    names, places = _suggestions()
    if edits is not None:
        if town in places:
            return []
        names = tuple(name for name in names if name[:1] == town[:1])
    shown: dict[tuple[str, str], str] = {}  # each place once, under its nearest name
    for name in nearest_names(town, names, limit=30, edits=edits):
        shown.setdefault(places[name], name)
    return [f"{name.title()}, {country}" if town_id else country
            for (town_id, country), name in list(shown.items())[:limit]]


def known_with_two_letters_swapped(entry: str) -> list[str]:
    """The known places whose name is `entry`'s town with two neighbouring letters swapped
    ("Lisbao": Lisboa, Portugal), a typo Levenshtein counts as two edits."""
    town = fold_name(entry.split(",")[0])
    _, places = _suggestions()
    if not town or town in places:
        return []
    shown: dict[tuple[str, str], str] = {}  # each place once, under the name found
    for i in range(len(town) - 1):
        swapped = town[:i] + town[i + 1] + town[i] + town[i + 2:]
        if swapped in places:
            shown.setdefault(places[swapped], swapped)
    return [f"{name.title()}, {country}" if town_id else country for (town_id, country), name in shown.items()]


@derived_from_reference_data
@lru_cache(maxsize=1)
def _suggestions() -> tuple[tuple[str, ...], dict[str, tuple[str, str]]]:
    """Every Latin-letter name of a country or a town (folded), and the place it names (a
    town's id, or the country) with the country's name."""
    data = reference_data()
    countries = {c.alpha_2: c.common_name or c.name for c in data.countries()}
    places: dict[str, tuple[str, str]] = {}
    for name in countries.values():
        places.setdefault(fold_name(name), ("", name))
    for town in data.towns():  # the most populous first: a shared name is the largest town's
        for name in town.names:
            if name.isascii():
                places.setdefault(name, (str(town.geonameid), countries.get(town.country, town.country)))
    places.pop("", None)  # a name with no letters left once folded suggests nothing
    return tuple(places), places

"""Whether a job's location is the place a search asks for, as people write places: in any
case, with or without accents, with the country named, abbreviated or left out
("BELFAST, UK" is "Belfast, United Kingdom", "Belfast, Northern Ireland" and "Belfast"), a
region in full or abbreviated ("Austin, TX" is "Austin, Texas").

The town (the place's first part) must appear in the job's location; a region or a country
asked for must be the job's, unless the job's location names none.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pycountry

# Names people use that are not ISO names, common names or three-letter codes. Two-letter ISO
# codes are left out on purpose: "Denver, CO" and "Springfield, IL" name US states, not
# Colombia and Israel; only the two that mean a country in everyday writing are kept.
_ALIASES = {
    "uk": "GB", "gb": "GB", "great britain": "GB", "britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB", "us": "US", "usa": "US",
    "america": "US", "united states of america": "US", "uae": "AE", "holland": "NL",
    "the netherlands": "NL", "korea": "KR", "russia": "RU", "czechia": "CZ", "czech republic": "CZ",
    "ivory coast": "CI", "turkey": "TR", "vietnam": "VN", "laos": "LA", "syria": "SY", "macedonia": "MK",
}
_PUNCTUATION = re.compile(r"[^\w,]+")


def fold(text: str) -> str:
    """Lower case, no accents, punctuation other than commas as single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return ", ".join(" ".join(_PUNCTUATION.sub(" ", part).split()) for part in plain.split(","))


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name", "alpha_3"):
            value = getattr(country, attribute, None)
            if value:
                names[fold(value)] = country.alpha_2
    names.update(_ALIASES)
    return names


def country_code(part: str) -> str | None:
    """The ISO code of a country named by `part` (already folded), or None."""
    words = part.split()
    if len(words) > 1 and all(len(w) == 1 for w in words):  # U.K., U.S.A.
        part = "".join(words)
    return _countries().get(part.strip())


@dataclass(frozen=True)
class Place:
    """A location split into what comes before its country and the country (ISO code)."""

    place: str
    country: str | None


@lru_cache(maxsize=4096)
def place_of(location: str) -> Place:
    parts = [p.strip() for p in fold(location).split(",") if p.strip()]
    # A country name may itself hold a comma ("Korea, Republic of"): the last two parts first.
    for size in (2, 1):
        if len(parts) >= size:
            code = country_code(", ".join(parts[-size:]))
            if code:
                return Place(", ".join(parts[:-size]), code)
    return Place(", ".join(parts), None)


@lru_cache(maxsize=1)
def _regions() -> dict[str, frozenset[str]]:
    """Folded region names and their codes ("texas", "tx", "new south wales", "nsw") to the
    ISO 3166-2 regions they may mean (a code like "wa" is a region in several countries)."""
    found: dict[str, set[str]] = {}
    for region in pycountry.subdivisions:
        own = region.code.split("-", 1)[1].lower()
        for spelling in (fold(region.name), own if own.isalpha() else ""):
            if spelling:
                found.setdefault(spelling, set()).add(region.code)
    # A two-letter country code where a region may stand ("Berlin, DE") names that country:
    # "DE-" stands for every region of it.
    for country in pycountry.countries:
        found.setdefault(country.alpha_2.lower(), set()).add(country.alpha_2 + "-")
    return {spelling: frozenset(codes) for spelling, codes in found.items()}


def _town_and_regions(place: str) -> tuple[str, frozenset[str]]:
    """The place's first part (the town) and the regions its other parts name."""
    town, *rest = [p.strip() for p in place.split(",")]
    regions = _regions()
    return town, frozenset(code for part in rest for code in regions.get(part, ()))


@lru_cache(maxsize=65536)
def location_matches(job_location: str | None, wanted: str) -> bool:
    if not wanted.strip():
        return True
    if not job_location:
        return False
    asked, job = place_of(wanted), place_of(job_location)
    if not asked.place:
        # Only a country asked for: the job names it, or holds the words (Georgia the US state).
        folded = re.escape(fold(wanted))
        return job.country == asked.country or re.search(rf"\b{folded}\b", fold(job_location)) is not None
    if asked.country is not None and job.country is not None and asked.country != job.country:
        return False
    town, asked_regions = _town_and_regions(asked.place)
    if town not in fold(job_location):
        return _in_the_region_asked_for(asked, job)
    # A region named on both sides must be the same one, however written ("TX", "Texas").
    job_regions = _town_and_regions(job.place)[1] if job.place else frozenset()
    if asked_regions and job_regions:
        return any(a.startswith(j) or j.startswith(a) for a in asked_regions for j in job_regions)
    # A region on one side only must lie in the other side's country ("London, Ontario" is not
    # "London, UK").
    for regions, country in ((asked_regions, job.country), (job_regions, asked.country)):
        if regions and country and not any(code.startswith(country + "-") for code in regions):
            return False
    return True


def _in_the_region_asked_for(asked: Place, job: Place) -> bool:
    """A region asked for alone, by its name ("Texas", "Bayern", "New South Wales"), holds the
    jobs whose location names it in any spelling ("Houston, TX"). Codes asked for alone ("TX",
    "CA") mean too many regions to be read so; a job naming only its country is in no region."""
    if "," in asked.place or len(asked.place) <= 3:
        return False
    named = {code for code in _regions().get(asked.place, ()) if not code.endswith("-")
             and (asked.country is None or code.startswith(asked.country + "-"))}
    if not named or not job.place:
        return False
    regions = _regions()
    return any(code in named for part in job.place.split(",") for code in regions.get(part.strip(), ()))


def without_country(location: str) -> str:
    """`location` as written, less a trailing country ("BELFAST, UK" is "BELFAST"); a country
    alone stays."""
    parts = [p for p in location.split(",") if p.strip()]
    for size in (2, 1):
        if len(parts) > size and country_code(fold(",".join(parts[-size:]))):
            return ",".join(parts[:-size]).strip()
    return location.strip()


def a_word_it_must_hold(wanted: str) -> str | None:
    """A word (folded) that any location written without accents must hold to match `wanted`
    (the place's longest word), for a storage engine to rule most rows out cheaply; None when
    only a country is asked for (written in many ways)."""
    place = place_of(wanted).place
    if place and "," not in place and len(place) > 3 and _regions().get(place):
        return None  # a region alone ("Texas") is matched however the job spells it ("TX")
    words = _town_and_regions(place)[0].split() if place else []
    return max(words, key=len) if words else None


def town_as_written(location: str) -> str:
    """The town as written ("Austin" of "Austin, TX, USA"), for stores that can only look for
    a substring: regions and countries are written too many ways to look for as given."""
    return without_country(location).split(",")[0].strip()

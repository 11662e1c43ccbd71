"""Whether a job's location is the place a search asks for, as people write places: in any
case, with or without accents, with the country named, abbreviated or left out
("BELFAST, UK" is "Belfast, United Kingdom", "Belfast, Northern Ireland" and "Belfast"), a
region in full or abbreviated ("Austin, TX" is "Austin, Texas"), with or without commas
("Springfield IL USA" is "Springfield, IL, USA"; comma_readings).

The town (the place's first part) must appear in the job's location; a region or a country
asked for must be the job's, unless the job's location names none.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from domain.country_names import countries_by_name, country_code, translated_countries
from domain.installed_reference_data import derived_from_reference_data
from domain.place_fold import fold
from domain.place_names import fold_name, town_id
from domain.place_regions import first_level_regions, region_codes, town_and_regions
from domain.written_out_umlauts import confirmed_umlaut_spelling


@dataclass(frozen=True)
class Place:
    """A location split into what comes before its country and the country (ISO code)."""

    place: str
    country: str | None


@derived_from_reference_data
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



@derived_from_reference_data
@lru_cache(maxsize=65536)
def location_matches(job_location: str | None, wanted: str) -> bool:
    if not wanted.strip():
        return True
    if not job_location:
        return False
    if _matches(job_location, wanted):
        return True
    # Written without commas ("Springfield IL", "Salt Lake City UT USA"): read with them
    # where the job's own town is the town that reading leaves ("New York" is not "New, York").
    job_town = fold(job_location).split(",")[0].strip()
    return any((town == job_town or a_region_alone(town) or _the_town_by_another_name(town, None, place_of(job_location)))
               and _matches(job_location, reading)
               for reading, town in comma_readings(wanted))


@derived_from_reference_data
@lru_cache(maxsize=4096)
def comma_readings(wanted: str) -> tuple[tuple[str, str], ...]:
    """A place written without commas, read with them: ("springfield, il, usa", "springfield")
    for "Springfield IL USA". Each reading takes a country off the end, a region (its name or
    code) off what is left, or both, and leaves at least one word of town; the town with it."""
    words = fold(wanted).split()
    if "," in wanted or len(words) < 2:
        return ()
    regions, found = region_codes(), []
    for country in [0, *_tails(words, lambda tail: country_code(tail) is not None)]:
        before = words[:len(words) - country]
        for region in [0, *_tails(before, lambda tail: tail in regions)]:
            if country or region:
                town = before[:len(before) - region]
                found.append((", ".join(p for p in (" ".join(town), " ".join(before[len(town):]),
                                                     " ".join(words[len(before):])) if p), " ".join(town)))
    return tuple(dict.fromkeys(found))


def _tails(words: list[str], names: Callable[[str], bool]) -> list[int]:
    """Each count of last words (1 to 3, never all) that names something."""
    return [n for n in (1, 2, 3) if n < len(words) and names(" ".join(words[-n:]))]


def a_region_alone(place: str) -> bool:
    return len(place) > 3 and any(not code.endswith("-") for code in region_codes().get(place, ()))


def _matches(job_location: str, wanted: str) -> bool:
    asked, job = place_of(wanted), place_of(job_location)
    if not asked.place:
        # Only a country asked for: the job names it, or holds the words (Georgia the US state).
        folded = re.escape(fold(wanted))
        return (job.country == asked.country or asked.country in countries_it_lies_in(job_location)
                or re.search(rf"\b{folded}\b", fold(job_location)) is not None)
    if asked.country is not None and job.country is not None and asked.country != job.country:
        return False
    town, asked_regions = town_and_regions(asked.place)
    if town not in fold(job_location) and not _the_town_by_another_name(town, asked.country, job):
        return _in_the_region_asked_for(asked, job)
    # A region named on both sides must be the same one, however written ("TX", "Texas").
    job_regions = town_and_regions(job.place)[1] if job.place else frozenset()
    if asked_regions and job_regions:
        return any(a.startswith(j) or j.startswith(a) for a in asked_regions for j in job_regions)
    # A region on one side only must lie in the other side's country ("London, Ontario" is not
    # "London, UK").
    for regions, country in ((asked_regions, job.country), (job_regions, asked.country)):
        if regions and country and not any(code.startswith(country + "-") for code in regions):
            return False
    return True


def _the_town_by_another_name(town: str, country: str | None, job: Place) -> bool:
    """The job's town is the town asked for under another of its names ("München" of
    "Munich", "Москва" of "Moscow"; domain.place_names)."""
    job_town = job.place.split(",")[0].strip()
    if not job_town or job_town == town:
        return False
    country = country or job.country
    ident = town_id(fold_name(town), country)
    return ident is not None and ident == town_id(fold_name(job_town), country)


@derived_from_reference_data
@lru_cache(maxsize=8192)
def same_town(one: str, other: str) -> bool:
    """Two places' towns (their first comma parts) are one town, however either is written
    ("München" and "Munich, Germany"; "Kyiv" and "Київ")."""
    first, second = place_of(one), place_of(other)
    town = first.place.split(",")[0].strip()
    return bool(town) and _the_town_by_another_name(town, first.country, second)


def town_and_country(location: str) -> tuple[str, str | None]:
    """The town (folded) a location names and its country's ISO code: the one named, or the
    one its regions lie in ("Austin, TX" is in the US); None when neither tells."""
    place = place_of(location)
    if not place.place:
        return "", place.country
    town, regions = town_and_regions(place.place)
    countries = {code.split("-")[0] for code in regions}
    return town, place.country or (countries.pop() if len(countries) == 1 else None)


def countries_of_its_regions(location: str) -> frozenset[str]:
    """The countries the regions a location names after its town may lie in: one ("Austin,
    TX"), or several where a code is a region's in more than one ("Cambridge, MA" may be
    Massachusetts or Morocco; town_and_country then tells none)."""
    place = place_of(location)
    if not place.place:
        return frozenset()
    return frozenset(code.split("-")[0] for code in town_and_regions(place.place)[1])


def countries_it_lies_in(location: str) -> frozenset[str]:
    """The country a location names, else those its regions or a country's code after its town
    place it in ("Austin, TX", "Rotterdam, NL"): where a code is a region's in several countries
    ("Denver, CO" may be Colorado or Colombia), those where its town is a known one. A city
    alone ("Porto", "Москва") lies in the country of the most populous town of that name
    (domain.town_distances.country_of_a_city_alone): a job posted in "Porto" is in Portugal
    for a search of Portugal, in every store (domain.place_keys writes it as its country's key)."""
    place = place_of(location)
    if place.country is not None:
        return frozenset({place.country})
    if not place.place:
        return frozenset()
    town, regions = town_and_regions(place.place)
    countries = frozenset(code.split("-")[0] for code in regions)
    if not countries:
        # domain.town_distances reads places with this module: imported here, not at the top.
        from domain.town_distances import country_of_a_city_alone

        country = country_of_a_city_alone(location)
        return frozenset({country}) if country is not None else frozenset()
    if len(countries) == 1:
        return countries
    return frozenset(country for country in countries if town and town_id(fold_name(town), country) is not None)


def _in_the_region_asked_for(asked: Place, job: Place) -> bool:
    """A region asked for alone, by its name ("Texas", "Bayern", "New South Wales"), holds the
    jobs whose location names it in any spelling ("Houston, TX"). Codes asked for alone ("TX",
    "CA") mean too many regions to be read so; a job naming only its country is in no region."""
    if "," in asked.place or len(asked.place) <= 3:
        return False
    named = {code for code in region_codes().get(asked.place, ()) if not code.endswith("-")
             and (asked.country is None or code.startswith(asked.country + "-"))}
    if not named or not job.place:
        return False
    regions = region_codes()
    return any(code in named for part in job.place.split(",") for code in regions.get(part.strip(), ()))



def load_place_tables() -> None:
    """Reads the tables a first location comparison would (country names in every language,
    regions, other names of towns), so that a process can do it before it says it is ready."""
    countries_by_name()
    translated_countries()
    first_level_regions()
    town_id("london")
    confirmed_umlaut_spelling("oesterreich")  # the names written with umlauts, read once

"""What a store that cannot run location_matches itself looks for to rule most rows out
cheaply: the town as written, words one of which a matching location must hold, the towns a
place written without commas may open with. The store's candidates are then read by
location_matches."""
from __future__ import annotations

from domain.country_names import country_code
from domain.locations import a_region_alone, comma_readings, place_of
from domain.place_fold import fold
from domain.place_names import fold_name, other_names
from domain.place_regions import region_codes, town_and_regions


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
    under the name it is asked by (the place's longest word); None when only a country is
    asked for (written in many ways)."""
    place = place_of(wanted).place
    if place and "," not in place and len(place) > 3 and region_codes().get(place):
        return None  # a region alone ("Texas") is matched however the job spells it ("TX")
    readings = comma_readings(wanted)
    if any(a_region_alone(town) for _, town in readings):
        return None
    # A reading's town is the first words of the town as written: the fewest are in every match.
    towns = [town_and_regions(place)[0] if place else "", *(town for _, town in readings)]
    words = min(towns, key=lambda town: len(town.split())).split()
    return max(words, key=len) if words else None


def words_one_must_hold(wanted: str) -> tuple[str, ...]:
    """Words (folded), one of which any location written without accents must hold to match
    `wanted`, for a storage engine to rule most rows out cheaply: a_word_it_must_hold, and the
    longest word of each other name of its town ("munchen", "monachium" for "Munich"), and of
    its comma readings' towns ("Munich Germany"); none when there is no such rule."""
    word = a_word_it_must_hold(wanted)
    if word is None:
        return ()
    others: list[str] = []
    for asked in (place_of(wanted), *(place_of(reading) for reading, _ in comma_readings(wanted))):
        town = town_and_regions(asked.place)[0] if asked.place else ""
        others += other_names(fold_name(town), asked.country) if town else ()
    return tuple(dict.fromkeys([word, *(max(name.split(), key=len) for name in others)]))


def town_as_written(location: str) -> str:
    """The town as written ("Austin" of "Austin, TX, USA"), for stores that can only look for
    a substring: regions and countries are written too many ways to look for as given."""
    return without_country(location).split(",")[0].strip()


def towns_opening(location: str) -> tuple[str, ...]:
    """For those stores, the towns as written of the readings of a place written without
    commas ("Springfield" of "Springfield IL"): a job's location that opens with one, up to its
    first comma or whole, is in the place too (as location_matches asks the job's own town)."""
    tokens = location.split()
    sizes = [len(fold(token).split()) for token in tokens]
    found = []
    for _, town in comma_readings(location):
        wanted, kept = len(town.split()), 0
        for at, size in enumerate(sizes):
            kept += size
            if kept == wanted:
                found.append(" ".join(tokens[:at + 1]).rstrip(",;"))
                break
    return tuple(dict.fromkeys(found))


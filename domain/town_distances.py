"""How far apart two places are, by the great-circle distance between their towns (GeoNames'
towns of 5,000 people or more, as the installed reference data gives them), and how well a
job that far from a place a candidate wants suits them.

People commute: a job in Manchester suits someone in Salford (5 km) as well as one in
Manchester, one in Leeds (58 km) hardly, and one in London not at all. A town is found by its
name as written or any other name of it (domain.place_names), in the country the location
names, or whose regions it names; else in the country of whoever wrote it (a candidate's
"Cambridge" is theirs, not the job's), else in the other place's; without any, the most
populous town of that name. Of several towns a name may mean in one country, the most populous
("Frankfurt" is Frankfurt am Main, not Frankfurt an der Oder): with the villages in the table,
many share a city's name, and none of them is what a person writing it alone means."""
from __future__ import annotations

import math
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from domain.installed_reference_data import derived_from_reference_data, reference_data
from domain.locations import comma_readings, countries_of_its_regions, town_and_country
from domain.place_names import MIN_POPULATION, fold_name, other_names

# Within this distance a job is as good as in the candidate's own town: a daily commute.
COMMUTING_KM = 25.0
# From COMMUTING_KM the fit falls in a straight line to 0 at this distance, beyond which few
# people travel daily (about an hour each way by road or rail).
OUT_OF_REACH_KM = 80.0
EARTH_RADIUS_KM = 6371.0

Position = tuple[float, float]


@dataclass(frozen=True)
class _Towns:
    """The town table as compact columns (tens of thousands of towns): each folded name to the
    rank (in the table, the most populous first) of the town bearing it, or the ranks of those
    bearing it, ascending; and per rank, the town's country, population and position."""

    ranks: dict[str, int | list[int]]
    countries: list[str]
    populations: array[int]
    latitudes: array[float]
    longitudes: array[float]

    def bearing(self, name: str) -> Sequence[int]:
        found = self.ranks.get(name, ())
        return (found,) if isinstance(found, int) else found


@derived_from_reference_data
@lru_cache(maxsize=1)
def _towns() -> _Towns:
    towns = _Towns({}, [], array("q"), array("d"), array("d"))
    ranks = towns.ranks
    for rank, town in enumerate(reference_data().town_positions()):
        towns.countries.append(town.country)
        towns.populations.append(town.population)
        towns.latitudes.append(town.latitude)
        towns.longitudes.append(town.longitude)
        for name in town.names:
            found = ranks.get(name)
            if found is None:
                ranks[name] = rank
            elif isinstance(found, int):
                ranks[name] = [found, rank]
            else:
                found.append(rank)
    return towns


def load_town_positions() -> None:
    """Reads the town table a first distance would, so that a process can before it is ready."""
    _towns()


def a_small_town(name: str) -> bool:
    """Some town of the table (5,000 people or more) bears this name as written ("Almussafes")."""
    return bool(_towns().bearing(fold_name(name)))


def _most_populous(town: str, country: str | None) -> int | None:
    """The rank of the town a folded name means in `country` (anywhere when None), or None:
    the most populous bearing it as its own name, unless a larger town goes by it too ("Köln"
    by "Cologne", also a small town's own name in Italy) and that one is no city itself:
    Manchester, New Hampshire is not Richmond, Virginia, a part of which was once so called."""
    towns = _towns()

    def first_in_country(name: str) -> int | None:
        # The first bearing the name in the country is the most populous that does.
        return next((r for r in towns.bearing(name) if country is None or towns.countries[r] == country), None)

    own = first_in_country(town)
    aliased = min((r for name in other_names(town, country) if name != town
                   if (r := first_in_country(name)) is not None), default=None)
    if own is None or (aliased is not None and aliased < own and towns.populations[own] < MIN_POPULATION):
        return aliased
    return own


@derived_from_reference_data
@lru_cache(maxsize=65536)
def country_of(location: str) -> str | None:
    """The country a location names, or its regions lie in; where they may lie in several
    ("Cambridge, MA": Massachusetts or Morocco), the one where the most populous town of its
    name lies among them; None when it tells none."""
    location = with_commas(location)
    town, named = town_and_country(location)
    if named is not None or not town:
        return named
    ranked = [(rank, c) for c in countries_of_its_regions(location)
              if (rank := _most_populous(fold_name(town), c)) is not None]
    return min(ranked)[1] if ranked else None


@derived_from_reference_data
@lru_cache(maxsize=8192)
def _town_of(location: str, country_if_unnamed: str | None) -> int | None:
    """The rank of the town a location names: in `country_if_unnamed` when the location tells
    no country (country_of); the most populous town any of its names means there."""
    town = town_and_country(with_commas(location))[0]
    return _most_populous(fold_name(town), country_of(location) or country_if_unnamed) if town else None


# How many times larger than any town of the same name in another country a city named alone must
# be to be read as in its country: "Porto" (250,000; Porto, Brazil 12,000) is in Portugal,
# "Manchester" (550,000; Manchester, New Hampshire 115,000) in the United Kingdom; "Valencia"
# (Spain 820,000, Venezuela 1.6 million), "Newcastle" and "Victoria" are in no country by name alone.
_DOMINANT = 4


def country_of_a_city_alone(location: str) -> str | None:
    """The country of the city a location naming only a town means ("Porto", "Москва"): the
    most populous town of that name (_most_populous), when it is a city of the gazetteer's size
    (MIN_POPULATION) and no namesake in another country comes near it (_DOMINANT); None for a
    location that names a country or region, a smaller town (a village's name alone says too
    little of where it is), or a name cities of several countries share."""
    if town_and_country(location)[1] is not None or countries_of_its_regions(location):
        return None
    rank = _town_of(location, None)
    towns = _towns()
    if rank is None or towns.populations[rank] < MIN_POPULATION:
        return None
    country, population = towns.countries[rank], towns.populations[rank]
    town = fold_name(town_and_country(with_commas(location))[0])
    rivals = (towns.populations[r] for r in towns.bearing(town) if towns.countries[r] != country)
    return country if all(population >= _DOMINANT * rival for rival in rivals) else None


@derived_from_reference_data
@lru_cache(maxsize=8192)
def with_commas(location: str) -> str:
    """A place written without commas as addresses often are ("Parramatta NSW 2150", "Austin
    TX", "Leeds LS9 8AB", "Cork Ireland"), read with them where that leaves a known town before
    its region or country ("parramatta, nsw"); a postcode at its end or start is left off first. A
    place whose words are a town's whole name stays as written ("Salt Lake City", "New York"),
    and so does one no reading leaves a known town of."""
    if "," in location:
        return _from_its_town(location)
    words = location.split()
    while len(words) > 1 and any(ch.isdigit() for ch in words[-1]):
        words.pop()  # a postcode's parts: "2150", "78701", "LS9 8AB", "M5V 2T6"
    while len(words) > 1 and any(ch.isdigit() for ch in words[0]):
        words.pop(0)  # one written before the town: "75011 Paris", "80331 München"
    written = " ".join(words)
    towns = _towns()
    if towns.bearing(fold_name(written)):
        return written
    for reading, town in comma_readings(written):
        if towns.bearing(fold_name(town)):
            return reading
    return location


def _from_its_town(location: str) -> str:
    """An address whose first part is no town ("H.No 45, Ward 7, Ludhiana, Punjab - 141001",
    "Flat 2, 14 Mill Lane, Bath BA1 1AA"), from the first part that is one on, postcodes left
    off ("ludhiana, punjab"); as written when its first part is a town or none is."""
    parts = [p.strip() for p in location.split(",") if p.strip()]
    towns = _towns()
    if not parts or towns.bearing(fold_name(parts[0])):
        return location
    for at, part in enumerate(parts[1:], start=1):
        town = _without_postcode(part)
        if town and towns.bearing(fold_name(town)):
            return ", ".join([town, *(_without_postcode(p) for p in parts[at + 1:])])
    # The first part with its postcode left off ("Dublin 15, Ireland"), only when no later part
    # is a town: "Apt 3, Paris" is a flat in Paris, not Apt (Vaucluse).
    town = _without_postcode(parts[0])
    if town and towns.bearing(fold_name(town)):
        return ", ".join([town, *(_without_postcode(p) for p in parts[1:])])
    return location


def _without_postcode(part: str) -> str:
    """A comma part with a postcode at its end or start left off: "Punjab - 141001", "Bath BA1
    1AA", "75011 Paris"."""
    words = part.replace(" - ", " ").split()
    while words and any(ch.isdigit() for ch in words[-1]):
        words.pop()
    while words and any(ch.isdigit() for ch in words[0]):
        words.pop(0)
    return " ".join(words).strip(" -")


def position_of(location: str, country_if_unnamed: str | None = None) -> Position | None:
    """Where the town a location names lies (_town_of), or None when no known town is named."""
    rank, towns = _town_of(location, country_if_unnamed), _towns()
    return None if rank is None else (towns.latitudes[rank], towns.longitudes[rank])


@derived_from_reference_data
@lru_cache(maxsize=65536)
def country_read_in(location: str, *countries: str | None) -> str | None:
    """The country a location is read in: the one it names (or its regions lie in); else the
    first of `countries` (most telling first) where a town of its name lies that a far larger
    one elsewhere does not dwarf; None when none tells (it then means the most populous town of
    its name anywhere)."""
    named = country_of(location)
    if named is not None:
        return named
    return next((c for c in countries if c is not None and position_of(location, c) is not None
                 and not _dwarfed_there(location, c)), None)


# A town of a country this many times smaller than the most populous of its name elsewhere is
# not what the name means even to someone of that country: an American's "London" is London,
# England, not the town of 8,000 in Kentucky; a Scot's "Perth" (47,000 beside 2 million) stays theirs.
_DWARFED = 100


def _dwarfed_there(location: str, country: str) -> bool:
    there, anywhere, towns = _town_of(location, country), _town_of(location, None), _towns()
    if there is None or anywhere is None or there == anywhere:
        return False
    return towns.populations[there] * _DWARFED < towns.populations[anywhere]


def countries_read_in(one: str, other: str, one_home: str | None = None,
                      other_home: str | None = None) -> tuple[str | None, str | None]:
    """The countries two places are read in, each written by someone whose country may be
    known (`one_home`, `other_home`; `one` is the candidate's): a place naming none is read in
    its writer's, falling back to the country the other place names, then to the other
    writer's. The job's place falls back to where the candidate's place was found before the
    candidate's own country: a candidate in Portland, Oregon who wants "Salford, Greater
    Manchester" has a job in "Manchester" read in England, not New Hampshire."""
    one_country = country_read_in(one, one_home, country_of(other), other_home)
    found = _town_of(one, one_country)
    where_found = _towns().countries[found] if found is not None else None
    return one_country, country_read_in(other, other_home, where_found, one_home)


def great_circle_km(one: Position, other: Position) -> float:
    """The haversine distance between two (latitude, longitude) points, in km."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*one, *other))
    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@derived_from_reference_data
@lru_cache(maxsize=65536)
def km_between(one: str, other: str, one_home: str | None = None, other_home: str | None = None) -> float | None:
    """How far apart the towns two locations name are, or None when either is not known. Each
    is read in the country countries_read_in gives ("Cambridge" beside "Boston, MA" is
    Cambridge, Massachusetts; a British candidate's "Cambridge" is Cambridge, England)."""
    one_country, other_country = countries_read_in(one, other, one_home, other_home)
    first, second = position_of(one, one_country), position_of(other, other_country)
    return None if first is None or second is None else great_circle_km(first, second)


def commute_fit(km: float) -> float:
    """1 within COMMUTING_KM, falling in a straight line to 0 at OUT_OF_REACH_KM."""
    if km <= COMMUTING_KM:
        return 1.0
    return max(0.0, (OUT_OF_REACH_KM - km) / (OUT_OF_REACH_KM - COMMUTING_KM))

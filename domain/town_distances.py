"""How far apart two places are, by the great-circle distance between their towns (GeoNames'
towns of 15,000 people or more, as the installed reference data gives them), and how well a
job that far from a place a candidate wants suits them.

People commute: a job in Manchester suits someone in Salford (5 km) as well as one in
Manchester, one in Leeds (58 km) hardly, and one in London not at all. A town is found by its
name as written or any other name of it (domain.place_names), in the country the location
names, or whose regions it names; without one, the most populous town of that name."""
from __future__ import annotations

import math
from functools import lru_cache

from domain.installed_reference_data import derived_from_reference_data, reference_data
from domain.locations import town_and_country
from domain.place_names import fold_name, other_names

# Within this distance a job is as good as in the candidate's own town: a daily commute.
COMMUTING_KM = 25.0
# From COMMUTING_KM the fit falls in a straight line to 0 at this distance, beyond which few
# people travel daily (about an hour each way by road or rail).
OUT_OF_REACH_KM = 80.0
EARTH_RADIUS_KM = 6371.0

Position = tuple[float, float]


@derived_from_reference_data
@lru_cache(maxsize=1)
def _positions() -> dict[str, tuple[tuple[str, Position], ...]]:
    """Folded name -> (country, (latitude, longitude)) of each town bearing it, most populous first."""
    found: dict[str, list[tuple[str, Position]]] = {}
    for town in reference_data().town_positions():
        for name in town.names:
            found.setdefault(name, []).append((town.country, (town.latitude, town.longitude)))
    return {name: tuple(towns) for name, towns in found.items()}


@derived_from_reference_data
@lru_cache(maxsize=8192)
def position_of(location: str, country_if_unnamed: str | None = None) -> Position | None:
    """Where the town a location names lies, or None when no known town is named; in
    `country_if_unnamed` when the location tells no country."""
    town, country = town_and_country(location)
    country = country or country_if_unnamed
    if not town:
        return None
    positions = _positions()
    for name in (fold_name(town), *other_names(fold_name(town), country)):
        for town_country, position in positions.get(name, ()):
            if country is None or town_country == country:
                return position
    return None


def great_circle_km(one: Position, other: Position) -> float:
    """The haversine distance between two (latitude, longitude) points, in km."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*one, *other))
    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@derived_from_reference_data
@lru_cache(maxsize=65536)
def km_between(one: str, other: str) -> float | None:
    """How far apart the towns two locations name are, or None when either is not known. A
    location naming no country is read in the other's ("Cambridge" beside "Boston, MA")."""
    one_country, other_country = town_and_country(one)[1], town_and_country(other)[1]
    first, second = position_of(one, other_country), position_of(other, one_country)
    return None if first is None or second is None else great_circle_km(first, second)


def commute_fit(km: float) -> float:
    """1 within COMMUTING_KM, falling in a straight line to 0 at OUT_OF_REACH_KM."""
    if km <= COMMUTING_KM:
        return 1.0
    return max(0.0, (OUT_OF_REACH_KM - km) / (OUT_OF_REACH_KM - COMMUTING_KM))

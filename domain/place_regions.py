"""The regions of countries (ISO 3166-2) as people write them after a town: by name or code,
counties with or without their word ("County Cork", "Co. Down", "Cork")."""
from __future__ import annotations

from functools import lru_cache

from domain.installed_reference_data import derived_from_reference_data, reference_data
from domain.place_fold import fold

# The first-level regions people name after their town ("Pune, Maharashtra", "Lagos State");
# municipalities and districts are left out: their names are as often ordinary words ("Bar").
_REGION_TYPES = frozenset({"State", "Province", "Region", "Department", "County", "Autonomous community", "Land",
                           "Voivodship", "Union territory", "Governorate", "Prefecture", "Autonomous region",
                           "Regional state", "Canton", "Administrative region"})


@derived_from_reference_data
@lru_cache(maxsize=1)
def first_level_regions() -> frozenset[str]:
    return frozenset(fold(r.name) for r in reference_data().subdivisions() if r.type in _REGION_TYPES and len(r.name) >= 5)



def a_region_beside_a_town(part: str) -> bool:
    """A region written after a town, by its name or its code in capitals ("Columbus, OH",
    "Perth, WA", "Dayton, Ohio", "Berlin, DE"): where a code alone is as often a skill's
    letters, after a town's comma it is the town's region."""
    written = part.strip()
    return (written.isupper() or len(written) > 3) and fold(written) in region_codes()


_COUNTY_TYPES = frozenset({"County", "Two-tier county"})


@derived_from_reference_data
@lru_cache(maxsize=1)
def region_codes() -> dict[str, frozenset[str]]:
    """Folded region names and their codes ("texas", "tx", "new south wales", "nsw") to the
    ISO 3166-2 regions they may mean (a code like "wa" is a region in several countries)."""
    found: dict[str, set[str]] = {}
    for region in reference_data().subdivisions():
        own = region.code.split("-", 1)[1].lower()
        # Counties are written with their word in front as often as without ("County Cork",
        # "Co. Down" and "Cork" are one county).
        county = region.type in _COUNTY_TYPES and not fold(region.name).startswith("county ")
        spellings = (fold(region.name), own if own.isalpha() else "",
                     *((f"county {fold(region.name)}", f"co {fold(region.name)}") if county else ()))
        for spelling in spellings:
            if spelling:
                found.setdefault(spelling, set()).add(region.code)
    # A two-letter country code where a region may stand ("Berlin, DE") names that country:
    # "DE-" stands for every region of it.
    for country in reference_data().countries():
        found.setdefault(country.alpha_2.lower(), set()).add(country.alpha_2 + "-")
    return {spelling: frozenset(codes) for spelling, codes in found.items()}


def town_and_regions(place: str) -> tuple[str, frozenset[str]]:
    """The place's first part (the town) and the regions its other parts name."""
    town, *rest = [p.strip() for p in place.split(",")]
    regions = region_codes()
    return town, frozenset(code for part in rest for code in regions.get(part, ()))


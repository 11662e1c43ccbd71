"""A home address reduced to where the person lives: its town, region and country as written
("H.No 45, Ward 7, Ludhiana, Punjab - 141001" is "Ludhiana, Punjab"). A résumé's location is
read by matching and search and shown to whoever may see it; house numbers, wards, streets
and postcodes say more than where one lives and match no job's place.

Addresses run from the most particular to the most general, in most countries: the parts
are read from the end (a country, then a region, then the town before them), after the parts
that are numbers, streets or units are left out and postcodes are taken off the rest."""
from __future__ import annotations

import re

from domain.country_names import country_code, names_a_country_or_region
from domain.place_fold import fold
from domain.place_regions import a_region_beside_a_town
from domain.town_distances import a_small_town

_PARTS = re.compile(r"\s*[,;|/]\s*|\s+[-–—]\s+")
# Postcodes around a town or region: "10961 Berlin", "Leeds LS1 5HD", "IL 62704", "01310-100";
# joined to the town by a hyphen in South Asia ("Dhaka-1216", "Chennai-600028").
_POSTCODE = re.compile(r"^(?:[A-Z]{1,2}-)?\d{3,6}(?:-\d{3,4})?\s+|\s+(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\d{3}\s?\d{3}|"
                       r"\d{4,6}(?:-\d{3,4})?)$|^\d{3,6}(?:-\d{3,4})?$|(?<=[^\W\d_])-\d{4,6}$")
# Words of a street, a unit in a building or a part of a town rather than the town itself,
# in the languages résumés are commonly written in.
_NOT_A_TOWN = re.compile(
    r"\b(?:street|avenue|ave|av\.|road|rd|lane|ln|drive|boulevard|blvd|terrace|crescent|highway|hwy|parkway|pkwy|"
    r"flat|apt|apto|apartment|suite|floor|bldg|h\.?\s?no|door|plot|ward|sector|phase|colony|marg|nagar|near|opp|"
    r"opposite|behind|rua|avenida|travessa|calle|rue|chemin|viale|piazza|ulica|bairro)\b|"
    r"(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|damm|straat|laan|gracht|plein)\b|#", re.IGNORECASE)
_REGION_CODE = re.compile(r"^[A-Z]{2,3}$")


def looks_like_a_street_address(text: str) -> bool:
    """A number, or a word of a street or a building, among the parts of `text`."""
    return any(c.isdigit() for c in text) or any(_NOT_A_TOWN.search(p) for p in _PARTS.split(text))


def place_of_an_address(address: str) -> str | None:
    """The town, region and country of `address` as written, those it names; None when it
    names none of them."""
    parts = [p for p in (_place_part(p) for p in _PARTS.split(address.strip(" .,"))) if p]
    if not parts:
        return None
    kept: list[str] = []
    at = len(parts) - 1
    if country_code(fold(parts[at])):
        kept.append(parts[at])
        at -= 1
    if at >= 1 and (_a_region(parts[at]) or _a_county_after_its_town(parts[at - 1], parts[at])):
        kept.append(parts[at])
        at -= 1
    if at >= 0:
        kept.append(parts[at])
    return ", ".join(reversed(kept)) or None


def _place_part(part: str) -> str | None:
    """The part less its postcode; None when it is a number, a street or a unit."""
    part = _POSTCODE.sub("", part.strip(" .")).strip(" .")
    if not part or any(c.isdigit() for c in part) or _NOT_A_TOWN.search(part):
        return None
    return part if any(c.isalpha() for c in part) else None


def _a_county_after_its_town(town: str, part: str) -> bool:
    """"Ilkley, West Yorkshire": a town of the distance table's before a part that is none, which
    is then the area it lies in, whatever list holds it (counties no standard names among them)."""
    return a_small_town(town) and not a_small_town(part)


def _a_region(part: str) -> bool:
    # (a county or state of any country's list, by name or code: "North Yorkshire", "MG", "Gauteng";
    # not one a town bears too, "Sylhet" after a district of it being that town)
    return bool(_REGION_CODE.match(part) or _REGION_WORD.search(part)) or names_a_country_or_region(part) \
        or (a_region_beside_a_town(part) and not a_small_town(part))


# A region named as one, whether or not the gazetteer knows it: "Oyo State", "Dhaka Division",
# "Lviv Oblast", "Hokkaido Prefecture", "Western Province", "Metro Manila"
_REGION_WORD = re.compile(r"\s(?:state|province|region|county|district|division|prefecture|oblast|governorate)$|"
                          r"^metro\s", re.IGNORECASE)

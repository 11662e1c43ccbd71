"""The country a candidate lives in, as far as what they gave tells it: a place they write
without its country ("Cambridge") is read there (domain.town_distances), not in the country
of the job it is compared with.

Most telling first: the country of the résumé's own location (where they live, "Boston, MA"),
then their phone number's country code (+1 617 ... is the US; a number without its code tells
nothing), then the one country the places they want name (several countries say no one)."""
from __future__ import annotations

from collections.abc import Sequence

import phonenumbers

from domain.town_distances import country_of


def home_country(resume_location: str | None, phone: str | None, wanted_places: Sequence[str]) -> str | None:
    return (_country_of(resume_location) or _phone_country(phone)
            or _the_one_country({_country_of(place) for place in wanted_places} - {None}))


def _country_of(location: str | None) -> str | None:
    return country_of(location) if location and location.strip() else None


def _phone_country(phone: str | None) -> str | None:
    written = (phone or "").strip()
    if not written.startswith(("+", "00")):
        return None  # a national number: its country is not in it
    try:
        number = phonenumbers.parse("+" + written[2:] if written.startswith("00") else written, None)
    except phonenumbers.NumberParseException:
        return None
    region = phonenumbers.region_code_for_number(number)
    return region if region and region.isalpha() and region != "ZZ" else None


def _the_one_country(countries: set[str | None]) -> str | None:
    return countries.pop() if len(countries) == 1 else None

"""A place asked for with its postal code or district number ("Dublin 15", "75011 Paris",
"London SW1A 1AA", "Manchester M1") is asked for as its town: the stores know towns, and a job
in "Dublin" (or in "Dublin 8") is one a person in Dublin 15 can take; a job written with a
district is found by its town already ("Dublin" is in "Dublin 15"). A first part whose number
is a flat's or a unit's ("Apt 3, Paris") is no town: the place is asked from the town after it."""
from __future__ import annotations

from domain.town_distances import a_small_town


def _postal(token: str) -> bool:
    return any(ch.isdigit() for ch in token)


def town_without_postal_code(place: str) -> str:
    """`place` with the words holding digits left off both ends of its first comma part; as
    written when no word without one would be left."""
    first, comma, rest = place.partition(",")
    words = first.split()
    start, end = 0, len(words)
    while start < end and _postal(words[start].strip("-")):
        start += 1
    while end > start and _postal(words[end - 1].strip("-")):
        end -= 1
    if start == end or (start, end) == (0, len(words)):
        return place
    later = [part.strip() for part in rest.split(",") if part.strip()]
    if later and a_small_town(later[0]):  # "Apt 3, Paris" is in Paris, not in Apt (Vaucluse)
        return ", ".join(later)
    return " ".join(words[start:end]).strip(" -") + comma + rest

"""`location: Leeds` in a search's words: the place is a filter on the job's location (as
`filter.location`, domain.locations), not words to find in the ad, where a town is as often a
client, a street or a training trip. Like the field labels of domain.search_text, the label
takes the words after it, up to the next label."""
from __future__ import annotations

import re

from domain.errors import BadUserInput
from domain.locations import location_matches
from domain.search_text import FIELD_NAMES

_LOCATION = re.compile(
    r"(?<!\w)[{(\[]?\s*(?:location|place|where)\s*[})\]]?\s*:\s*(.*?)\s*(?=(?<!\w)(?:"
    + "|".join(FIELD_NAMES) + r")\s*:|$)", re.IGNORECASE | re.DOTALL)


def location_from_words(text: str | None, filtered: str | None) -> tuple[str | None, str | None]:
    """(the words left, the location to filter on). A location in the words and one in the
    filter must name the same place."""
    if not text:
        return text, filtered
    found = _LOCATION.search(text)
    if found is None:
        return text, filtered
    place = found.group(1).strip(" ,;")
    rest = (text[:found.start()] + " " + text[found.end():]).strip() or None
    if not place:
        return rest, filtered
    if not filtered:
        return rest, place
    # The words' place when it lies within the filter's, else the filter's when it lies within
    # the words' ("location: UK" with `filter.location: "Leeds, UK"`).
    if location_matches(place, filtered):
        return rest, place
    if location_matches(filtered, place):
        return rest, filtered
    raise BadUserInput(
        f"The words name the location {place!r} and `filter.location` {filtered!r}, which are different"
        " places; send one of them.",
        field="query",
    )

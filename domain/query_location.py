"""`location: Leeds` in a search's words: the place is a filter on the job's location (as
`filter.location`, domain.locations), not words to find in the ad, where a town is as often a
client, a street or a training trip. Like the field labels of domain.search_text, the label
takes the words after it, up to the next label.

Without a label or `filter.location`, a known place at the very end of the words ("nurse in
London", "HGV driver Manchester") is the filter too; domain.trailing_place says which."""
from __future__ import annotations

import re

from domain.errors import BadUserInput
from domain.locations import location_matches
from domain.ports.documents import SkillExtractor
from domain.search_text import FIELD_NAMES
from domain.trailing_place import trailing_place

_LOCATION = re.compile(
    r"(?<!\w)[{(\[]?\s*(?:location|place|where)\s*[})\]]?\s*:\s*(.*?)\s*(?=(?<!\w)(?:"
    + "|".join(FIELD_NAMES) + r")\s*:|$)", re.IGNORECASE | re.DOTALL)


def location_from_words(
    text: str | None, filtered: str | None, skills: SkillExtractor | None = None,
) -> tuple[str | None, str | None]:
    """(the words left, the location to filter on). A location in the words and one in the
    filter must name the same place. `skills` keeps a skill's name that is also a town's
    ("data scientist Julia") words."""
    if not text:
        return text, filtered
    found = _LOCATION.search(text)
    if found is None:
        at_the_end = None if filtered else trailing_place(text, skills)
        return (at_the_end.rest, at_the_end.place) if at_the_end else (text, filtered)
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

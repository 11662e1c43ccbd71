"""`location: Leeds` in a search's words: the place is a filter on the job's location (as
`filter.location`, domain.locations), not words to find in the ad, where a town is as often a
client, a street or a training trip. Like the field labels of domain.search_text, the label
takes the words after it, up to the next label.

Without a label or `filter.location`, a known place at the very end of the words ("nurse in
London", "HGV driver Manchester") is the filter too; domain.trailing_place says which. A town's bare
name read so ("Riverside", "nurse Leeds") may as well be a word of the ad ("Riverside is
hiring"): the jobs that hold it in their text are found beside those in the place
(JobFilter.location_or_words), so reading it as a place never hides a job that says it."""
from __future__ import annotations

import re

from domain.errors import BadUserInput
from domain.locations import location_matches
from domain.ports.documents import SkillExtractor
from domain.search_text import FIELD_NAMES
from domain.trailing_place import trailing_place_read

_LOCATION = re.compile(
    r"(?<!\w)[{(\[]?\s*(?:location|place|where)\s*[})\]]?\s*:\s*(.*?)\s*(?=(?<!\w)(?:"
    + "|".join(FIELD_NAMES) + r")\s*:|$)", re.IGNORECASE | re.DOTALL)


def location_from_words(
    text: str | None, filtered: str | None, skills: SkillExtractor | None = None,
) -> tuple[str | None, str | None]:
    """(the words left, the location to filter on). A location in the words and one in the
    filter must name the same place. `skills` keeps a skill's name that is also a town's
    ("data scientist Julia") words."""
    rest, location, _ = location_and_words_from_words(text, filtered, skills)
    return rest, location


def location_and_words_from_words(
    text: str | None, filtered: str | None, skills: SkillExtractor | None = None,
) -> tuple[str | None, str | None, str | None]:
    """As location_from_words, and the words a job's text may hold instead of being in the
    location: the place as typed when it is a town's bare name at the end of the words."""
    if not text:
        return text, filtered, None
    found = _LOCATION.search(text)
    if found is None:
        at_the_end = None if filtered else trailing_place_read(text, skills)
        if at_the_end is None:
            return text, filtered, None
        read, bare = at_the_end
        return read.rest, read.place, read.place if bare else None
    return (*_labelled(text, found, filtered), None)


def _labelled(text: str, found: re.Match[str], filtered: str | None) -> tuple[str | None, str | None]:
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

"""A place at the end of a search's words, unlabelled: "nurse in London", "chef near Leeds",
"HGV driver Manchester", "care assistant leeds uk". People type the place last, so there and
only there the words are read as a place; anywhere else a town stays words to find in the ad
(a town in an ad is as often a client, a street or a training trip; domain.query_location).

The rule, kept narrow because a wrong place finds nothing:
- The trailing phrase must name, exactly and whole, a known place: a town of at least
  domain.place_names.MIN_POPULATION people by any of its names, a country, or a town with
  its country or region ("Leeds UK", "Leeds, UK"). After "in", "near" or "around" a
  first-level region counts too ("nurse in Texas"). Smaller towns need `location:`.
- A place typed alone ("Leeds", "Leeds, UK") is the filter too, as "jobs in Leeds" is: as
  words it would find only the ads that mention the town, often those of other towns. A
  phrase that is part of a skill the taxonomy knows stays words ("data scientist Julia",
  "java Spring", "Julia").
- Case does not matter: search boxes are typed in lower case ("nurse london") and a capital
  tells little ("Elixir Phoenix" is capitalised). Instead the towns whose name is as often
  an everyday word or a product (_WORDS_BEFORE_TOWNS) count only after "in", "near" or
  "around" ("speed reading", "Elixir Phoenix", "aws aurora" stay words; "nurse in Reading"
  is a place).
Words that only say "a job" ("jobs in Leeds") are dropped with the place."""
from __future__ import annotations

import re
from typing import NamedTuple

from domain.country_names import names_a_country_or_region
from domain.locations import comma_readings, place_of
from domain.place_fold import fold
from domain.place_names import fold_name, town_id
from domain.ports.documents import SkillExtractor

# Nothing before the connector ("in Leeds") is a place alone: "in" is no word to search for.
_CONNECTOR = re.compile(r"^(?:(.*\S)\s+)?(?:in|near|around)\s+(\S.*?)[\s.;!?]*$", re.IGNORECASE | re.DOTALL)
_WORD = re.compile(r"\S+")
_MOST_WORDS = 4  # "Newcastle upon Tyne UK"
_WORDS_BEFORE_TOWNS = frozenset({"phoenix", "aurora", "mobile", "reading", "orange", "sale", "split", "nice",
                                 "independence", "julia", "norman", "irving", "eugene", "jackson", "florence"})
_ONLY_A_JOB = frozenset({"job", "jobs", "work", "vacancy", "vacancies", "role", "roles", "position", "positions",
                         "opening", "openings"})


class TrailingPlace(NamedTuple):
    rest: str | None
    place: str


def trailing_place(text: str, skills: SkillExtractor | None) -> TrailingPlace | None:
    """The words left and the place at their end, or None when they end in no place."""
    found = trailing_place_read(text, skills)
    return found[0] if found else None


def trailing_place_read(text: str, skills: SkillExtractor | None) -> tuple[TrailingPlace, bool] | None:
    """As trailing_place, and whether the place is a town's bare name: no "in" before it, no
    country or region beside it ("nurse Leeds", "Riverside", but not "nurse in Leeds" or
    "Leeds UK"). Such a name is as often a word of the ad itself ("Riverside is hiring",
    "Köchin", which folds to a name of Kochi), so the search also finds the jobs that hold it."""
    connected = _CONNECTOR.match(text)
    if connected and _a_place(connected.group(2), regions_too=True) and not _a_skill(text, connected.start(2), skills):
        split = _split(connected.group(1) or "", connected.group(2))
        return (split, False) if split else None
    found = _unconnected(text, skills)
    return (found, _bare_town(found.place)) if found else None


def _unconnected(text: str, skills: SkillExtractor | None) -> TrailingPlace | None:
    words = list(_WORD.finditer(text.rstrip(" .;!?")))
    if 0 < len(words) <= _MOST_WORDS:
        alone = text[words[0].start():words[-1].end()].strip(" ,;")
        if fold(alone) not in _WORDS_BEFORE_TOWNS and _a_place(alone, regions_too=False) \
                and not _a_skill(text, words[0].start(), skills):
            return TrailingPlace(None, alone)
    for count in range(min(_MOST_WORDS, len(words) - 1), 0, -1):
        start = words[-count].start()
        phrase = text[start:words[-1].end()]
        if fold(phrase) in _WORDS_BEFORE_TOWNS or not _a_place(phrase, regions_too=False):
            continue
        if _a_skill(text, start, skills):
            return None
        return _split(text[:start], phrase)
    return None


def _bare_town(phrase: str) -> bool:
    found = place_of(phrase)
    return "," not in phrase and found.country is None and bool(found.place) \
        and town_id(fold_name(found.place), None) is not None


def _split(before: str, place: str) -> TrailingPlace | None:
    rest = before.strip(" ,;")
    if not any(c.isalnum() for c in rest):
        # Only symbols or emoji beside the place ("🚚 in Leeds"): nothing else to search for.
        return TrailingPlace(None, place.strip(" ,;"))
    if all(word in _ONLY_A_JOB for word in fold(rest).replace(",", " ").split()):
        return TrailingPlace(None, place.strip(" ,;"))
    return TrailingPlace(rest, place.strip(" ,;"))


def _a_place(phrase: str, *, regions_too: bool) -> bool:
    found = place_of(phrase)
    if not found.place:
        return found.country is not None
    if "," not in found.place and town_id(fold_name(found.place), found.country) is not None:
        return True
    if regions_too and "," not in phrase and names_a_country_or_region(phrase):
        return True
    if "," in found.place:  # "Leeds, West Yorkshire, UK": its town must be a known one
        return town_id(fold_name(found.place.split(",")[0]), found.country) is not None
    # Written without commas ("Leeds UK", "Austin TX"): a known town with a country or region off its end.
    return any(town_id(fold_name(town)) is not None for _, town in comma_readings(phrase))


def _a_skill(text: str, start: int, skills: SkillExtractor | None) -> bool:
    """A skill the taxonomy knows reaches into the phrase that starts at `start`."""
    return skills is not None and any(m.end > start for m in skills.mentions(text, skills_context=True))

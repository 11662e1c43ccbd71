"""A preferred place (or a job's place) that is an obvious typo of a known one ("Manchster") is refused, naming
the known places it is nearest (domain.place_resolution); any other place is taken as typed.

The gazetteer holds large towns, countries and first-level regions only: counties ("Cornwall"),
small towns ("Truro"), areas ("Bay Area"), other languages' names ("Angleterre"), postcodes and
places written with a working mode ("UK Remote", "London (Hybrid)") are real places it cannot
read, and refusing them refuses the person. So an entry is refused only when, with working
modes and bracketed remarks left out, it holds no digit (postcodes are taken as typed), is
unknown, and is within OBVIOUS_TYPO edits of a known name with the same first letter (1 edit
below 10 letters, 2 from 10: a real 9-letter town is often 2 edits from a foreign one,
"Harrogate" and "Hakodate"), or two neighbouring letters swapped ("Lisbao"). Also refused: what
reads as no place in any language, consonants no name runs together ("asdkjhaskdjh": kept, it
would switch the location part of every match off; see _NO_WORD); no place name in
the gazetteer's Latin spellings has that but a few small ones, and any place is taken with its
country after it ("Kirchschlag, Austria"), which the refusal says. The value is not repeated in
the refusal (values_not_repeated): it says which of the places sent. Only places newly sent:
one stored under earlier rules stays, loads and may be sent back unchanged (a client sending
the whole list again)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from domain.errors import BadUserInput
from domain.installed_reference_data import derived_from_reference_data, reference_data
from domain.place_names import fold_name
from domain.place_resolution import known_place, known_with_two_letters_swapped, nearest_known_places
from domain.town_distances import a_small_town

_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
# Working modes and sales regions written beside a place ("Remote-first", "Remote - AMER").
_MODES = re.compile(r"\b(?:fully|remote|onsite|on-site|on\s+site|hybrid|only|wide|based|first|area|amer|amers|emea|apac"
                    r"|latam|mena|anz|dach|nordics|region)\b", re.IGNORECASE)
_SHORTEST_TYPO = 4
# Two runs of four consonants or one of eight (w and y count as vowels: "Llyn", "Pwllheli"):
# keyboard mashing ("asdkjhaskdjh", "sdfghjkl"), where real names have one run of up to seven
# ("Knightsbridge", "Kirchschlag": 6 and 7).
_NO_WORD = re.compile(r"[bcdfghjklmnpqrstvxz]{4}.*[bcdfghjklmnpqrstvxz]{4}|[bcdfghjklmnpqrstvxz]{8}")
_TWO_EDITS_FROM = 10


def obvious_typo_of(entry: str) -> list[str]:
    """The known places `entry` is an obvious typo of ([] when it is no such typo)."""
    core = _MODES.sub(" ", _BRACKETED.sub(" ", entry)).strip(" ,-–/")
    if not core or any(ch.isdigit() for ch in entry) or known_place(core) or _a_real_place(core):
        return []
    town = fold_name(core.split(",")[0])
    if len(town) < _SHORTEST_TYPO:
        return []
    return (nearest_known_places(core, edits=1 if len(town) < _TWO_EDITS_FROM else 2)
            or known_with_two_letters_swapped(core))


def reads_as_no_place(entry: str) -> bool:
    """Unknown, and no word of it could be a place's name (see the module's doc)."""
    core = _MODES.sub(" ", _BRACKETED.sub(" ", entry)).strip(" ,-–/")
    if not core or any(ch.isdigit() for ch in entry) or known_place(core) or _a_real_place(core):
        return False
    return _NO_WORD.search(fold_name(core)) is not None


def _a_real_place(core: str) -> bool:
    """Names a place too small for the suggestions' list: a town of 5,000 people or more
    ("Harlow", "Nuuk", 1 edit from a larger "Harrow" and "Nuus"), a subdivision of any level
    ("Essex"), or a part of a place named with it ("Soho, London", "Marina, Dubai")."""
    head, *rest = [part.strip() for part in core.split(",") if part.strip()] or [""]
    if a_small_town(head) or fold_name(head) in _subdivision_names():
        return True
    return any(known_place(part) or a_small_town(part) for part in rest)


@derived_from_reference_data
@lru_cache(maxsize=1)
def _subdivision_names() -> frozenset[str]:
    return frozenset(fold_name(subdivision.name) for subdivision in reference_data().subdivisions())


def refuse_unknown_places(sent: object, stored: Sequence[str], field: str = "locations") -> None:
    """Refuses the first place of `sent` (a list of places as sent) that is an obvious typo of a
    known one, unless it is one of `stored` (what the client read, sent back)."""
    if not isinstance(sent, list):
        return
    kept = {" ".join(place.casefold().split()) for place in stored}
    for number, entry in enumerate(sent, start=1):
        place = str(entry).strip()
        if " ".join(place.casefold().split()) in kept or known_place(place):
            continue
        nearest = obvious_typo_of(place)
        if not nearest and not reads_as_no_place(place):
            continue  # a real place the gazetteer does not hold: taken as typed
        which = "the place sent" if len(sent) == 1 else f"place {number} of those sent"
        hint = f" Did you mean {_either(nearest)}?" if nearest else ""
        raise BadUserInput(
            f"`{field}`: {which} is not a place we know.{hint} Send it as spelled there, or a town with its"
            " country (such as \"Harrogate, United Kingdom\"); nothing was changed.",
            field=field,
        )


def _either(places: Sequence[str]) -> str:
    quoted = [f'"{place}"' for place in places]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def refuse_a_searched_typo(place: str, field: str) -> None:
    """A search's place that found nothing, refused when it is an obvious typo of a known place
    or reads as no place: otherwise the searcher sees no job and no reason ("Dubln" looks like
    a town without jobs). Any other place, a real one the gazetteer does not hold among them,
    stands: its empty list is the answer."""
    entry = place.strip()
    if not entry or known_place(entry):
        return
    nearest = obvious_typo_of(entry)
    if not nearest and not reads_as_no_place(entry):
        return
    hint = f" Did you mean {_either(nearest)}?" if nearest else ""
    raise BadUserInput(
        f"`{field}` is not a place we know, and no job is there.{hint} Send it as spelled there, or a town with"
        " its country (such as \"Harrogate, United Kingdom\"); leave it out to search everywhere.",
        field=field,
    )

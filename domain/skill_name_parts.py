"""The skill a job's list entry names when the entry says more than the skill's name: a grade
("HACCP Level 2", "Level 2 Food Hygiene"), a holder's word ("CSCS card holder", "Food
hygiene certificate") or a bracketed other name ("Food hygiene (HACCP)", "Basic Life Support
(BLS)"). Read by the entry's shape, not the taxonomy, so a job's index keys never go stale
when the taxonomy changes; the skills filter widens a skill to all its names instead."""
from __future__ import annotations

import re

_NOTE = re.compile(r"^(?P<outside>[^()]*?)\s*\((?P<inside>[^()]+)\)\s*$")
# A grade before or after the name, in the languages job ads are read in.
_GRADE = r"(?:level|lvl|grade|stufe|niveau|nivel|livello|nível)\s*\d+[a-z]?"
_LEADING_GRADE = re.compile(rf"^{_GRADE}\s+", re.IGNORECASE)
_TRAILING_GRADE = re.compile(rf"\s+{_GRADE}$", re.IGNORECASE)
# Words after a name that say no more than that it is held. Not "licence": a licence's
# name holds it ("Driving licence" is no "Driving").
_HOLDER_WORDS = ("holder", "card", "certificate", "certification", "certified", "ticket", "trained", "qualified")
_TRAILING_HOLDER = re.compile(r"\s+(?:" + "|".join(_HOLDER_WORDS) + r")$", re.IGNORECASE)


def named_parts(entry: str) -> list[str]:
    """The names inside `entry` other than itself, shortest last ([] when it is only a name)."""
    text = " ".join(entry.split())
    note = _NOTE.match(text)
    wholes = [note.group("outside"), note.group("inside")] if note else [text]
    parts: list[str] = []
    for whole in wholes:
        current = whole.strip()
        while current:
            if current != text and current not in parts:
                parts.append(current)
            stripped = _TRAILING_HOLDER.sub("", _TRAILING_GRADE.sub("", _LEADING_GRADE.sub("", current))).strip()
            if stripped == current:
                break
            current = stripped
    return parts

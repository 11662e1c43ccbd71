"""A school written on the line under the award it gave, in words no list of schools holds
("SENAI Campinas — 2011", "Școala Postliceală Sanitară Iași", "Ente ECIPAR, Modena")."""
from __future__ import annotations

import re

from adapters.embedded.parsing.education_parts import classify
from adapters.embedded.parsing.work_places import a_place_name

# A note on the award, not a school ("First Class Honours", "Grade: Merit", "GPA 3.6")
_NOTE = re.compile(r"\b(?:honou?rs|merit|distinction|class|division|grade|gpa|cgpa|cum\s+laude|percentage|marks|"
                   r"thesis|major|minor|specialization|specialisation|result|pursuing|expected|awaited)\b|[:%]", re.I)
_ACRONYM = re.compile(r"\b[A-Z]{3,}\b")
_SMALL = frozenset("of and the for de da do di du la le del della des dos das w na im am für y e et".split())


def _name_shaped(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 8 or not words[0][:1].isupper():
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    return all(w[:1].isupper() or w.lower() in _SMALL or w.isalpha() for w in words) \
        and len(capitalised) * 2 >= len(words) and not any(ch.isdigit() for ch in text)


def school_below_its_award(parts: list[str]) -> tuple[str, bool] | None:
    """(the school, whether the line holds its year) for a line under an award that lacks its
    school, when the line is a name (then only its town or year) told from a subject ("Mechanical
    Engineering") by its initials in capitals, a town, or a year beside it; None otherwise."""
    named = [p.strip(" ,-–—") for p in parts if classify(p) != "year"]
    dated = len(named) < len(parts)
    if not named or len(named) > 2 or classify(named[0]) in ("degree", "both") or _NOTE.search(" ".join(named)):
        return None
    name, town = named[0], named[1] if len(named) == 2 else None
    if not _name_shaped(name) or (town is not None and not a_place_name(town)) or a_place_name(name):
        return None
    last = name.split()[-1]
    told = dated or town is not None or bool(_ACRONYM.search(name)) or (len(name.split()) > 1 and a_place_name(last))
    return (name, dated) if told else None


def award_below_its_school(parts: list[str]) -> str | None:
    """The award on the line under a school that lacks it, dated and in words no list of degrees
    holds: Latin America's professional titles ("Arquitecta — 2014", "Ingeniero Civil, 2015",
    "Contador Público  2012"). Only a short name with its year, nothing else on the line; a note
    ("First Class Honours — 2014") or a town is none."""
    named = [p.strip(" ,-–—") for p in parts if classify(p) != "year"]
    if len(named) != 1 or len(named) == len(parts) or classify(named[0]) is not None:
        return None
    name = named[0]
    if len(name.split()) > 4 or not _name_shaped(name) or _NOTE.search(name) or a_place_name(name):
        return None
    return name

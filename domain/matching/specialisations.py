"""A held skill that is a grade, class or level of the skill a job asks for meets the ask:
"Commercial Driver's License Class A (CDL-A)" is a CDL, "Level 3 Food Safety" is food safety,
"Python 3" is Python. Only such qualifiers count: "Nursing home administration" is not nursing.
The reverse (asking for Class A, holding a CDL of unknown class) stays a relation.

Between two EU driving licences the category decides, whatever each scheme calls it: CE meets a
C, a C or a "Klasse C" never meets a CE (domain/driving_licences.py)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from domain.driving_licences import COVERS, licence_category, licence_covers
from domain.skills import normalise

_PARENTHESES = re.compile(r"\([^)]*\)")
# A grade, class, level, version or the like: "class a", "level 3", "grade ii", "cat c1", "3", "b".
_QUALIFIER = re.compile(
    r"^(?:(?:class|level|grade|category|cat|type|tier|group|stage|version|v)\s+)?(?:[a-z]|[a-z]?\d+[a-z]?|[ivx]+)$"
)

# A body's initials, some with a small letter: "ICAEW", "GPhC".
_BODY_INITIALS = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){3})[A-Z][A-Za-z]{2,5}$")
# A credential's name with its own initials in brackets ("Chartered Accountant (CA)"), or a
# register's ("Registered Pharmacist").
_CREDENTIAL = re.compile(r"\((?-i:[A-Z]{2,6})\)\s*$|^registered\s", re.IGNORECASE)


def _words(name: str) -> list[str]:
    return normalise(_PARENTHESES.sub(" ", name)).split()


@lru_cache(maxsize=65_536)
def specialises(held: str, wanted: str) -> bool:
    """Whether `held` is `wanted` with a grade/class/level qualifier before or after it."""
    h, w = _words(held), _words(wanted)
    if not w or len(h) <= len(w):
        return False
    if h[:len(w)] == w:
        extra = h[len(w):]
    elif h[-len(w):] == w:
        extra = h[:-len(w)]
    else:
        return False
    return bool(_QUALIFIER.match(" ".join(extra))) or _awarded_by(held, wanted, len(extra))


def _awarded_by(held: str, wanted: str, extra: int) -> bool:
    """A credential asked for by its generic name ("Chartered Accountant (CA)") is held as one
    body's award of it, named with the body's initials first ("ICAEW Chartered Accountant"):
    each body's award is a kind of the generic one, though never the same as another body's
    ("GPhC Registered Pharmacist" meets "Registered Pharmacist", never "PSI Registered Pharmacist")."""
    first = _PARENTHESES.sub(" ", held).split()[0]
    return extra == 1 and _BODY_INITIALS.match(first) is not None and _CREDENTIAL.search(wanted) is not None


@lru_cache(maxsize=65_536)
def meets(held: str, wanted: str) -> bool:
    """Whether holding `held` is holding `wanted`: a licence category that covers the one asked
    for, or the skill asked for with a grade or class qualifier."""
    if licence_category(held) is not None and licence_category(wanted) is not None:
        return licence_covers(held, wanted)
    return specialises(held, wanted)


def name_key(name: str) -> str:
    """A name's words without its bracketed parts, as `specialises` compares them."""
    return " ".join(_words(name))


def meeting(held: Sequence[str], keys: Sequence[str], categories: Sequence[str | None], wanted: str) -> list[int]:
    """The positions of the `held` names that meet `wanted` (meets), given each one's name_key
    and licence_category worked out once: a batch asks this of every skill of every job, and
    only names that contain the wanted one's words, or are licences, can meet it."""
    wanted_key, wanted_category = name_key(wanted), licence_category(wanted)
    out = []
    for i, (name, key, category) in enumerate(zip(held, keys, categories)):
        if category is not None and wanted_category is not None:
            if wanted_category in COVERS[category]:
                out.append(i)
        elif wanted_key and (key.startswith(wanted_key + " ") or key.endswith(" " + wanted_key)) \
                and specialises(name, wanted):
            out.append(i)
    return out

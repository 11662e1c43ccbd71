"""A held skill that is a grade, class or level of the skill a job asks for meets the ask:
"Commercial Driver's License Class A (CDL-A)" is a CDL, "Level 3 Food Safety" is food safety,
"Python 3" is Python. Only such qualifiers count: "Nursing home administration" is not nursing.
The reverse (asking for Class A, holding a CDL of unknown class) stays a relation."""
from __future__ import annotations

import re
from functools import lru_cache

from domain.skills import normalise

_PARENTHESES = re.compile(r"\([^)]*\)")
# A grade, class, level, version or the like: "class a", "level 3", "grade ii", "cat c1", "3", "b".
_QUALIFIER = re.compile(
    r"^(?:(?:class|level|grade|category|cat|type|tier|group|stage|version|v)\s+)?(?:[a-z]|[a-z]?\d+[a-z]?|[ivx]+)$"
)


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
    return bool(_QUALIFIER.match(" ".join(extra)))

"""A requirement naming two skills at once ("CPR and First Aid certification", "Food hygiene &
allergen awareness", "RCP y primeros auxilios"): one entry of a job's skill list that a course
or certificate of both names, and that a résumé listing the two apart holds as well. The
taxonomy knows the joint name as one skill, so a candidate holding each part separately earned
only what the closest part is related to the whole; counted part by part, holding both is
holding it, and holding one is half of it.

A part is read as the taxonomy reads it (the port's canonical name). A head noun written once
at the end belongs to both parts ("CPR and First Aid certification": "CPR certification" and
"First Aid certification"). Both parts must be skills the taxonomy knows, and two different
ones; anything else is no joint requirement."""
from __future__ import annotations

import re
from collections.abc import Callable

# "and" in the languages job ads are written in, and the ampersand.
_JOIN = re.compile(r"\s+(?:and|&|\+|und|et|y|e|en|i)\s+", re.IGNORECASE)


def joint_parts(wanted: str, canonical: Callable[[str], str | None]) -> tuple[str, ...]:
    """The two skills (canonical names) `wanted` names jointly, or () when it names one."""
    pieces = _JOIN.split(wanted.strip())
    if len(pieces) != 2 or not all(p.strip() for p in pieces):
        return ()
    first, second = (p.strip() for p in pieces)
    tail = second.split()
    # The shared head noun, shortest first ("certification"), then the first part bare.
    spellings = [f"{first} {' '.join(tail[k:])}" for k in range(len(tail) - 1, 0, -1)] + [first]
    a = next((c for s in spellings if (c := canonical(s)) is not None), None)
    b = canonical(second)
    whole = canonical(wanted)
    if a is None or b is None or a.casefold() == b.casefold() \
            or (whole is not None and whole.casefold() in (a.casefold(), b.casefold())):
        return ()
    return a, b


def joint_credit(credits: tuple[float, ...]) -> float:
    """What holding the parts with these credits earns of the joint requirement: their mean."""
    return sum(credits) / len(credits) if credits else 0.0

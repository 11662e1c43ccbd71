"""A requirement any one of several skills meets ("ACCA qualified (or ACA/CIMA)", "one of BLS,
ILS or ALS"): one entry of a job's skill list, its alternatives joined by " or " ("ACCA or ACA
or CIMA"). The list stays a list of names, stored, indexed and shown as before, and an employer
may type such an entry themselves; the matcher counts it met by any one of its alternatives,
so holding one is never reported as missing the others."""
from __future__ import annotations

from collections.abc import Sequence

ANY_OF = " or "


def any_of(names: Sequence[str]) -> str:
    """One requirement met by any of `names` (a single name stays as it is)."""
    return ANY_OF.join(names)


def alternatives(name: str) -> tuple[str, ...]:
    """The skills any one of which meets the requirement `name`: itself when it names one."""
    parts = tuple(p.strip() for p in name.split(ANY_OF))
    return parts if len(parts) > 1 and all(parts) else (name,)

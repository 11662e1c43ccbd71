"""How good a new match must be to be told of: a person's own `notifyMinScore`, and a job's
floor that its hiring team may set above everyone's (a busy requisition where only the best
should interrupt anyone). A member is told at the higher of the two: the job's floor never
lowers a person's own, so no one hears more than they asked for."""
from __future__ import annotations

import math

from domain.errors import BadUserInput


def checked_floor(value: object, field: str) -> float:
    """`value` as a score between 0 and 1, or a BAD_USER_INPUT naming `field`."""
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value) \
            or not 0.0 <= float(value) <= 1.0:
        raise BadUserInput(
            f"`{field}` must be a score between 0 and 1 (0.8 tells of matches of 80% or more); got {value!r}.",
            field=field,
        )
    return float(value)


def effective_floor(own: float, job_floor: float | None) -> float:
    """The score at or above which a member hears of a job's new candidates."""
    return own if job_floor is None else max(own, job_floor)

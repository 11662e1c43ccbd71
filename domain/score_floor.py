"""Match scores run from 0 to 1, so a floor asked for outside that range (or not a number)
is a client's mistake: it would silently answer nothing, or everything. One check for every
floor: a query's `minScore`, a person's and a job's `notifyMinScore`."""
from __future__ import annotations

import math

from domain.errors import BadUserInput


def checked_score_floor(floor: object, argument: str) -> float | None:
    """`floor` as a score from 0 to 1 (None stays None), or a BAD_USER_INPUT naming `argument`."""
    if floor is None:
        return None
    if not isinstance(floor, bool) and isinstance(floor, int | float) and not math.isnan(floor) \
            and 0.0 <= float(floor) <= 1.0:
        # + 0.0 makes -0.0 (which passes the range check) plain 0.0, shown back as 0.
        return float(floor) + 0.0
    raise BadUserInput(
        f"`{argument}` must be between 0 and 1, as scores are (0.8 keeps matches of 80% or more); got {floor!r}.",
        field=argument,
    )

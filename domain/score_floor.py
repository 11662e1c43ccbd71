"""Match scores run from 0 to 1, so a floor asked for outside that range (or not a number)
is a client's mistake: it would silently answer nothing, or everything."""
from __future__ import annotations

from domain.errors import BadUserInput


def checked_score_floor(floor: float | None, argument: str) -> float | None:
    if floor is None or 0.0 <= floor <= 1.0:  # NaN fails both comparisons
        return floor
    raise BadUserInput(
        f"`{argument}` must be between 0 and 1, as scores are (0.7 keeps the good matches); {floor} was sent.",
        field=argument,
    )

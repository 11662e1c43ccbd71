"""How good a new match must be to be told of, on every channel alike (the live matchFound
stream, the inbox, email, SMS and push, the daily digest): a person's own `notifyMinScore`, and
a job's floor that its hiring team may set above everyone's (a busy requisition where only the
best should interrupt anyone). A member is told at the higher of the two: the job's floor never
lowers a person's own, so no one hears more than they asked for. A live stream may ask for a
floor of its own (`matchFound(minScore:)`) in place of the person's; the job's still holds."""
from __future__ import annotations


def effective_floor(own: float, job_floor: float | None, asked: float | None = None) -> float:
    """The score at or above which a person hears of a match: `asked` (a stream's own floor)
    or else their `own`, raised to the job's floor where its hiring team set one."""
    mine = own if asked is None else asked
    return mine if job_floor is None else max(mine, job_floor)

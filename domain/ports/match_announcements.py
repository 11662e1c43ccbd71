"""The outbox of match announcements: a match store that keeps one records, in the very write
that stores new matches, that they are still to be announced (in records: SQLite keeps one
per write of a job's matches, a row to insert and delete per job, not per match; DynamoDB one
per match, an item of the match's own transaction). A
failure (or a crash) after the write then loses nothing: the record waits until a relay has
announced it.

A record is claimed by whoever announces it, for a lease: the writer holds the records of
its own write from the start; a record whose announcing failed is handed back at once, and
one whose announcer died is free again when its lease runs out. Announcing is therefore at
least once; what is announced carries the match's id and its creation time, so a second
announcement of the same match is recognised downstream (notifications by their dedupe key,
analytics facts by their content, subscriptions by the match id).

A record whose announcing always fails (a job or an owner the notifier always refuses, say)
would be claimed and handed back forever: past the caller's number of attempts (claims) it
is kept aside as dead instead, logged with its id and counted by dead_announcements(), for
an operator to look at; it is never claimed again by a relay. An administrator puts dead records
back (requeue_dead_announcements) once the cause is fixed: each comes back free at once, with
no attempts counted, and is claimed as a new one is."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, runtime_checkable

from domain.matches import Match


@dataclass(frozen=True)
class PendingAnnouncement:
    record_id: str
    match_id: str
    candidate_id: str
    job_id: str
    score: float
    found_at: datetime  # the match's creation: the announcement's time on every attempt
    # The record's MatchFound facts went out on an earlier attempt; only messages are left.
    published: bool = False
    # Claims of the record so far, this one included (0: held by the writer that stored it).
    attempts: int = 0
    # The write (one matching pass's) that found the match, the same on every attempt: the
    # job's hiring team hears once per job and pass (domain/services/new_candidates_notice.py).
    # Empty: the record's own id names the write.
    pass_id: str = ""
    # Every new candidate of the record's pass (for its job) with their score, when a claim
    # may hold only part of the pass (DynamoDB keeps a record per match, and a relay claims a
    # page of them): the pass's notice counts the whole pass, whichever page sends it.
    # None: the claim holds the whole pass (one record per write, as on SQLite).
    pass_scores: Mapping[str, float] | None = field(default=None, compare=False, hash=False)

    @property
    def found_by(self) -> str:
        return self.pass_id or self.record_id


@dataclass(frozen=True)
class DeadAnnouncement:
    """A record kept aside as dead, as an administrator lists it before requeueing."""

    record_id: str
    match_ids: list[str]
    attempts: int
    dead_at: datetime


@runtime_checkable
class KeepsMatchAnnouncements(Protocol):
    def announcement_records(self, new: Sequence[Match]) -> list[str]:
        """For one write's new matches (as the write returned them), the record holding
        each one's announcement."""
        ...

    def announcement_pass(self, written: Sequence[Match], new: Sequence[Match]) -> str:
        """For one write (`written`, the rows handed to it) and its new matches, the pass id its
        records carry (PendingAnnouncement.pass_id), as a relay will read it back."""
        ...

    async def claim_announcements(self, limit: int, max_attempts: int | None = None) -> list[PendingAnnouncement]:
        """The matches of up to `limit` records no one holds (never claimed, handed back, or
        their lease over), in record order, now held by the caller for the store's lease.
        Where a record holds less than its write's pass, each carries the pass's scores
        (PendingAnnouncement.pass_scores) as the store still holds them.
        With `max_attempts`, a free record claimed that many times already is kept aside as
        dead (and logged) instead, in the same atomic step as the claim."""
        ...

    async def dead_announcements(self) -> int:
        """How many records were kept aside as dead."""
        ...

    async def list_dead_announcements(self, limit: int, after: str | None = None) -> list[DeadAnnouncement]:
        """Up to `limit` dead records in record-id order, those after the record `after` only."""
        ...

    async def requeue_dead_announcements(self, record_ids: Sequence[str] | None = None) -> list[str]:
        """Every dead record (or those of `record_ids` that are dead) back among the live ones,
        free and with no attempts counted, each in one atomic step (never both live and dead,
        never lost); the ids put back. A record a relay or another requeue moves meanwhile is
        left to it."""
        ...

    async def announcements_done(self, record_ids: Sequence[str]) -> None:
        """Announced: the records go."""
        ...

    async def announcements_failed(self, record_ids: Sequence[str], published: bool, retry_in: float = 0.0) -> None:
        """Handed back for a relay `retry_in` seconds from now (at once by default);
        `published` notes that their MatchFound facts did go out (the next relay sends only
        the messages)."""
        ...

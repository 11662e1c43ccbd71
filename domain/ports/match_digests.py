"""Where the daily digests of new-candidates emails wait (domain/match_digest.py)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Protocol, runtime_checkable

from domain.inbox import Notification
from domain.match_digest import DigestEntry
from domain.ports.notifications import Delivery
from domain.users import User

# The day's email of a person (None: it is gone) and their entries; None sends nothing.
ComposeDigest = Callable[[User | None, date, Sequence[DigestEntry]], Delivery | None]


@runtime_checkable
class KeepsDigestEntries(Protocol):
    """An outbox that keeps inbox entries with the deliveries (KeepsInboxWithDeliveries) and,
    in the same write, digest entries."""

    async def enqueue_keeping_digested(
        self, deliveries: list[Delivery], notifications: Sequence[Notification], limit: int,
        digest_entries: Sequence[DigestEntry],
    ) -> list[Notification]:
        """As KeepsInboxWithDeliveries.enqueue_keeping; each of `digest_entries` whose
        notification (the same person and `note_key`) is newly kept is added to its person's
        day and job (its count to theirs), in the same write. Entries of notifications not kept
        (a retried send, a recruiter who left) add nothing."""
        ...


class DigestStore(Protocol):
    async def deliver_closed(self, ended_by: datetime, compose: ComposeDigest, at_most: int) -> int:
        """For up to `at_most` (person, day) with entries of days that ended (in the person's
        zone: DigestEntry.day_ends_at) at or before `ended_by`, earliest first: the
        delivery `compose` makes of them, enqueued in the one write that deletes those entries
        (none enqueued when it makes none). Exactly once for each (person, day) across
        processes: a racing call finds them gone; a failure before the write commits leaves
        them all. Returns how many (person, day) were handled."""
        ...

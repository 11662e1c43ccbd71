"""The outbox of match announcements: a match store that keeps one records, in the very write
that stores a new match, that the match is still to be announced. A failure (or a crash)
after the write then loses nothing: the record waits until a relay has announced it.

A record is claimed by whoever announces it, for a lease: the writer holds the records of
its own write from the start; a record whose announcing failed is handed back at once, and
one whose announcer died is free again when its lease runs out. Announcing is therefore at
least once; what is announced carries the match's id and its creation time, so a second
announcement of the same match is recognised downstream (notifications by their dedupe key,
analytics facts by their content, subscriptions by the match id)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class PendingAnnouncement:
    match_id: str
    candidate_id: str
    job_id: str
    score: float
    found_at: datetime  # the match's creation: the announcement's time on every attempt
    # The MatchFound fact went out on an earlier attempt; only the message is left to send.
    published: bool = False


@runtime_checkable
class KeepsMatchAnnouncements(Protocol):
    async def claim_announcements(self, limit: int) -> list[PendingAnnouncement]:
        """Up to `limit` records no one holds (never claimed, handed back, or their lease
        over), now held by the caller for the store's lease."""
        ...

    async def announcements_done(self, match_ids: Sequence[str]) -> None:
        """Announced: the records go."""
        ...

    async def announcements_failed(self, match_ids: Sequence[str], published: bool) -> None:
        """Handed back for the next relay at once; `published` notes that their MatchFound
        facts did go out (the next relay sends only the messages)."""
        ...

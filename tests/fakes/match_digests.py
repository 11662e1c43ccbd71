"""An in-memory outbox keeping inbox and digest entries together, and its digest store
(domain.ports.match_digests), run through the same contract as the adapters."""
from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import date, datetime

from domain.inbox import Notification
from domain.match_digest import DigestEntry
from domain.ports.match_digests import ComposeDigest
from domain.ports.notifications import Delivery
from tests.fakes.accounts import FakeUsers
from tests.fakes.inbox import FakeInbox


class FakeDigestOutbox:
    def __init__(self, users: FakeUsers, inbox: FakeInbox | None = None) -> None:
        self.users = users
        self.inbox = inbox or FakeInbox()
        self.deliveries: list[Delivery] = []
        # (person, day, job) -> entry, counts summed.
        self.entries: dict[tuple[str, date, str], DigestEntry] = {}
        self._lock = asyncio.Lock()

    def _add(self, deliveries: Sequence[Delivery]) -> None:
        keys = {d.dedupe_key for d in self.deliveries if d.dedupe_key}
        self.deliveries.extend(d for d in deliveries if d.dedupe_key is None or d.dedupe_key not in keys)

    async def enqueue(self, deliveries: list[Delivery]) -> None:
        async with self._lock:
            self._add(deliveries)

    async def enqueue_keeping_digested(self, deliveries: list[Delivery], notifications: Sequence[Notification],
                                       limit: int, digest_entries: Sequence[DigestEntry]) -> list[Notification]:
        async with self._lock:
            kept = await self.inbox.keep(notifications, limit)
            newly = {(n.user_id, n.dedupe_key) for n in kept}
            for entry in digest_entries:
                if (entry.user_id, entry.note_key) not in newly:
                    continue
                key = (entry.user_id, entry.day, entry.job_id)
                had = self.entries.get(key)
                count = entry.count + (had.count if had else 0)
                ends = min(entry.day_ends_at, had.day_ends_at) if had else entry.day_ends_at
                self.entries[key] = DigestEntry(entry.user_id, entry.day, entry.job_id, entry.title, count,
                                                entry.organization_id, ends_at=ends)
            self._add(deliveries)
            return kept

    async def deliver_closed(self, ended_by: datetime, compose: ComposeDigest, at_most: int) -> int:
        async with self._lock:
            ends: dict[tuple[date, str], datetime] = {}
            for (user_id, day, _), entry in self.entries.items():
                ends[(day, user_id)] = min(entry.day_ends_at, ends.get((day, user_id), entry.day_ends_at))
            days = sorted((key for key, end in ends.items() if end <= ended_by),
                          key=lambda key: (ends[key], key[1]))[:at_most]
            made = []
            for day, user_id in days:
                entries = [e for (u, d, _), e in sorted(self.entries.items()) if u == user_id and d == day]
                (person,) = await self.users.get_many([user_id])
                delivery = compose(person, day, entries)
                if delivery is not None:
                    made.append(delivery)
            # Nothing changes unless every day composed: a failure above leaves them all.
            self._add(made)
            for day, user_id in days:
                for key in [k for k in self.entries if k[0] == user_id and k[1] == day]:
                    del self.entries[key]
            return len(days)

"""Sends the daily digests of new-candidates emails once their person's day is over in their
time zone (domain/match_digest.py): a pass of the notification dispatcher's loop."""
from __future__ import annotations

from datetime import UTC, timedelta

from domain.clock import Clock, SystemClock
from domain.match_digest import compose_digest
from domain.ports.match_digests import DigestStore

# (person, day) digests composed in one write at most: the write lock is held that long.
DIGESTS_AT_ONCE = 50


# How long after midnight a day's digests wait for its last entries to commit.
SETTLING = timedelta(minutes=10)


class MatchDigestSender:
    def __init__(self, store: DigestStore, clock: Clock | None = None, at_once: int = DIGESTS_AT_ONCE) -> None:
        self._store = store
        self._clock = clock or SystemClock()
        self._at_once = at_once

    async def send_closed_days(self) -> bool:
        """Sends the digests of days that ended SETTLING ago; True when it may have left more.
        A notice stamped just before midnight may commit just after it (or on a replica whose
        clock runs behind): a day sent at once could leave such an entry behind, to be deleted
        unsent with the next pass's claim of the same day."""
        ended_by = self._clock.now().astimezone(UTC) - SETTLING
        return await self._store.deliver_closed(ended_by, compose_digest, self._at_once) >= self._at_once

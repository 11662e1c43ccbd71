"""The worker role's sweep of match announcements left behind: a process that died between
storing matches and announcing them may see no retry of its batch (its work item was done by
another), so every `period_seconds` (the first pass at start) the worker announces what the
store's outbox still holds and no live announcer holds (domain/services/matching_store.py)."""
from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from adapters.periodic_task import PeriodicTask

log = logging.getLogger(__name__)


class AnnouncementSweep:
    def __init__(self, relay_pending: Callable[[], Awaitable[int]], period_seconds: float = 30.0) -> None:
        self._relay_pending = relay_pending
        self._loop = PeriodicTask(
            "match-announcement-sweep", self._sweep, interval_seconds=period_seconds, logger=log,
            failure_message="announcing matches left by earlier writes failed; trying again")

    def start(self) -> None:
        self._loop.start()

    async def stop(self) -> None:
        await self._loop.stop()

    async def _sweep(self) -> None:
        announced = await self._relay_pending()
        if announced:
            log.info("announced %d matches that an earlier write left", announced)

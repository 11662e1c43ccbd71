"""The worker role's sweep of match announcements left behind: a process that died between
storing matches and announcing them may see no retry of its batch (its work item was done by
another), so every `period_seconds` (the first pass at start) the worker announces what the
store's outbox still holds and no live announcer holds (domain/services/matching_store.py)."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


class AnnouncementSweep:
    def __init__(self, relay_pending: Callable[[], Awaitable[int]], period_seconds: float = 30.0) -> None:
        self._relay_pending = relay_pending
        self._period = period_seconds
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="match-announcement-sweep")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    async def _loop(self) -> None:
        while True:
            try:
                announced = await self._relay_pending()
                if announced:
                    log.info("announced %d matches that an earlier write left", announced)
            except Exception:
                log.exception("announcing matches left by earlier writes failed; trying again")
            await asyncio.sleep(self._period)

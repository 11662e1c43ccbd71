"""The worker role's sweep of the blob store's trash: every `period_seconds` (the first pass
at start) it finishes the trash copies that deletions which died part way left behind and
no pending work will finish (domain/services/trash_sweep.py)."""
from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from adapters.periodic_task import PeriodicTask

log = logging.getLogger(__name__)


class TrashSweeping:
    def __init__(self, sweep: Callable[[], Awaitable[int]], period_seconds: float) -> None:
        self._sweep_once = sweep
        self._loop = PeriodicTask(
            "blob-trash-sweep", self._sweep, interval_seconds=period_seconds, logger=log,
            failure_message="finishing deletions left in the blob trash failed; trying again")

    def start(self) -> None:
        self._loop.start()

    async def stop(self) -> None:
        await self._loop.stop()

    async def _sweep(self) -> None:
        finished = await self._sweep_once()
        if finished:
            log.info("finished %d file deletions that a crash had left in the trash", finished)

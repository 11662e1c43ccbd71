"""The worker role's sweep of jobs whose closing time has come: every `period_seconds` (the
first pass at start, jittered across processes) it closes them as their hiring team's close
does (domain/services/jobs.py `JobService.close_due`); a pass that closes a full batch goes on
at once. Several workers sweeping at once close each job once: the close is a write over the
job as read, and the loser reads it closed."""
from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from adapters.periodic_task import PeriodicTask
from domain.background import background_work
from domain.services.jobs import CLOSING_BATCH

log = logging.getLogger(__name__)


class JobClosingSweep:
    def __init__(self, close_due: Callable[[], Awaitable[int]], period_seconds: float) -> None:
        self._close_due = close_due
        self._loop = PeriodicTask(
            "job-closing-sweep", self._sweep, interval_seconds=period_seconds, logger=log,
            failure_message="closing jobs past their closing time failed; trying again")

    def start(self) -> None:
        self._loop.start()

    async def stop(self) -> None:
        await self._loop.stop()

    async def _sweep(self) -> bool:
        with background_work():  # its writes give way to requests' (adapters/embedded/sqlite/write_turns.py)
            closed = await self._close_due()
        if closed:
            log.info("closed %d jobs at their closing time", closed)
        return closed >= CLOSING_BATCH

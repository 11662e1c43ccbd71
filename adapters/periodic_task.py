"""One background loop for every periodic sweep of a process (the match-announcement sweep,
the work outbox relay, the notification outbox dispatcher): a pass at start, then one every
interval, jittered so that processes started together do not sweep in step; at once when
woken (new work was written) or when a pass says it left more to do. A pass that raises is
logged with its traceback and the loop lives on, pausing twice as long after each failure in
a row (up to a bound; wakes do not cut a failure's pause short, so a failing store is not
hammered by every write). Stop cancels the pass in flight and ends the loop."""
from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable

log = logging.getLogger("talentgraph.periodic")

# A pass returns True when it left work it can do at once (a full batch), else None/False.
Pass = Callable[[], Awaitable[bool | None]]


def pause_after(interval_seconds: float, *, failures: int, jitter: float,
                most_seconds: float | None = None) -> float:
    """Seconds until the next pass: the interval, doubled per failure in a row up to
    `most_seconds`, then spread by up to ±`jitter` of itself."""
    pause = interval_seconds * 2 ** min(failures, 30)
    if most_seconds is not None:
        pause = min(pause, most_seconds)
    return pause * (1 + random.uniform(-jitter, jitter))


class PeriodicTask:
    def __init__(self, name: str, run_once: Pass, *, interval_seconds: float, jitter: float = 0.1,
                 most_backoff_seconds: float | None = None, failure_message: str | None = None,
                 logger: logging.Logger | None = None) -> None:
        if interval_seconds <= 0:
            raise ValueError("a periodic task's interval must be positive")
        self._name = name
        self._run_once = run_once
        self._interval = interval_seconds
        self._jitter = jitter
        self._most = most_backoff_seconds if most_backoff_seconds is not None else max(interval_seconds * 16, 60.0)
        self._failure_message = failure_message or f"{name} failed; trying again"
        self._log = logger or log
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._loop(), name=self._name)

    def wake(self) -> None:
        self._wake.set()

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def _loop(self) -> None:
        failures = 0
        while True:
            self._wake.clear()  # before the pass: a wake during it brings another pass
            try:
                more = await self._run_once()
                failures = 0
            except Exception:
                failures += 1
                self._log.exception(self._failure_message)
                more = False
            if more:
                await asyncio.sleep(0)  # let others run between back-to-back passes
                continue
            pause = pause_after(self._interval, failures=failures, jitter=self._jitter, most_seconds=self._most)
            if failures:
                await asyncio.sleep(pause)
                continue
            try:
                await asyncio.wait_for(self._wake.wait(), pause)
            except TimeoutError:
                pass

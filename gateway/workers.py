"""Workers inside the gateway process that drain the durable work queue.

A handler that raises a PermanentFailure (or DocumentRejected) sends the item to the dead
letters at once; anything else is retried with exponential backoff until the item's
attempts run out."""
from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from domain.background import background_work
from domain.errors import DocumentRejected
from domain.ports.queue import WorkItem, WorkQueue

log = logging.getLogger("talentgraph.workers")

Handler = Callable[[dict], Awaitable[object]]  # what a handler returns is not used
DeadHandler = Callable[[dict, str], Awaitable[None]]


class PermanentFailure(Exception):
    """Retrying cannot help."""


@dataclass
class WorkHandler:
    handle: Handler
    on_dead: DeadHandler | None = None


class WorkerPool:
    def __init__(
        self,
        queue: WorkQueue,
        handlers: dict[str, WorkHandler],
        concurrency: int = 2,
        poll_seconds: float = 0.2,
        backoff_seconds: float = 1.0,
        dedicated: dict[str, int] | None = None,
    ) -> None:
        self._queue = queue
        self._handlers = handlers
        self._concurrency = concurrency
        # Workers that take only one kind, beside the shared ones: matching work waits mostly
        # on the embedder and the database, and many in flight share one model pass.
        self._lanes: list[list[str] | None] = [None] * concurrency + [
            [kind] for kind, count in (dedicated or {}).items() if kind in handlers for _ in range(count)]
        self._poll_seconds = poll_seconds
        self._backoff_seconds = backoff_seconds
        self._tasks: list[asyncio.Task] = []
        self._stopping = asyncio.Event()
        self._wake = asyncio.Event()
        self.processed = 0

    def start(self) -> None:
        self._stopping.clear()
        self._tasks = [asyncio.create_task(self._loop(n, kinds), name=f"worker-{n}")
                       for n, kinds in enumerate(self._lanes)]

    def wake(self) -> None:
        self._wake.set()

    async def stop(self, grace_seconds: float = 0.0) -> None:
        """No more items are taken; those in hand get `grace_seconds` to finish, then are cut
        off and handed back to the queue at once (not left leased until the lease runs out)."""
        self._stopping.set()
        self._wake.set()
        if self._tasks and grace_seconds > 0:
            await asyncio.wait(self._tasks, timeout=grace_seconds)
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []

    async def _loop(self, number: int, kinds: list[str] | None = None) -> None:
        with background_work():  # leases and completions too give way to requests' writes
            await self._work(kinds)

    async def _work(self, kinds: list[str] | None) -> None:
        while not self._stopping.is_set():
            try:
                item = await self._queue.lease(kinds or list(self._handlers))
            except Exception:
                log.exception("leasing work failed; trying again")
                item = None
            if item is None:
                self._wake.clear()
                try:
                    await asyncio.wait_for(self._wake.wait(), self._poll_seconds)
                except TimeoutError:
                    pass
                continue
            await self.run_one(item)

    async def run_one(self, item: WorkItem) -> None:
        handler = self._handlers[item.kind]
        try:
            with background_work():  # its writes give way to requests' (see WriteTurns)
                await handler.handle(item.payload)
        except asyncio.CancelledError:
            # Stopped mid-item: handed back now for the next worker (a killed process's items
            # come back when their lease runs out, or at the worker's next start).
            await asyncio.shield(self._hand_back(item))
            raise
        except (PermanentFailure, DocumentRejected) as failure:
            await self._dead(item, handler, str(failure))
        except Exception as error:
            reason = f"{type(error).__name__}: {error}"
            if item.attempts >= item.max_attempts:
                log.exception("work item %s (%s) failed for the last time", item.id, item.kind)
                await self._dead(item, handler, reason)
            else:
                delay = self._backoff_seconds * 2 ** (item.attempts - 1) * (1 + random.random() / 4)
                log.warning("work item %s (%s) failed, retrying in %.1fs: %s", item.id, item.kind, delay, reason)
                await self._queue.retry_later(item, reason, delay)
        else:
            await self._queue.complete(item)
            self.processed += 1

    async def _hand_back(self, item: WorkItem) -> None:
        try:
            await self._queue.release(item)
        except Exception:
            log.warning("could not hand work item %s back; its lease will run out", item.id, exc_info=True)

    async def _dead(self, item: WorkItem, handler: WorkHandler, reason: str) -> None:
        await self._queue.bury(item, reason)
        if handler.on_dead is not None:
            try:
                await handler.on_dead(item.payload, reason)
            except Exception:
                log.exception("dead-letter handler for %s failed", item.kind)

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
from gateway.work_batches import complete_batch, lease_batch

log = logging.getLogger("talentgraph.workers")

Handler = Callable[[dict], Awaitable[object]]  # what a handler returns is not used
# Several items of one kind at once: one outcome per payload, in order (None when it is done).
BatchHandler = Callable[[list[dict]], Awaitable[list[Exception | None]]]
DeadHandler = Callable[[dict, str], Awaitable[None]]


class PermanentFailure(Exception):
    """Retrying cannot help."""


@dataclass
class WorkHandler:
    handle: Handler
    on_dead: DeadHandler | None = None
    # Workers dedicated to this kind take up to `batch` ready items at once and hand them all
    # to `handle_many` (each still done, retried or buried on its own).
    handle_many: BatchHandler | None = None
    batch: int = 1


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
        # Kinds with lanes of their own that take batches are left to those lanes: taken one
        # at a time, each item would read alone what a batch reads once for all its items.
        batched = {kinds[0] for kinds in self._lanes if kinds is not None and self._batched(kinds)}
        self._shared_kinds = [kind for kind in handlers if kind not in batched]
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
        batched = self._batched(kinds)
        if not (kinds or self._shared_kinds):
            return  # a shared lane with every kind batched elsewhere (an empty list leases any kind)
        while not self._stopping.is_set():
            try:
                items = await self._lease(kinds, batched)
            except Exception:
                log.exception("leasing work failed; trying again")
                items = []
            if not items:
                self._wake.clear()
                try:
                    await asyncio.wait_for(self._wake.wait(), self._poll_seconds)
                except TimeoutError:
                    pass
                continue
            if batched is not None:
                await self.run_batch(items)
            else:
                await self.run_one(items[0])

    async def _lease(self, kinds: list[str] | None, batched: str | None) -> list[WorkItem]:
        """What the queue leases this lane. A lane stopped while its lease is being written hands
        back what the lease took: the write finishes on the database's thread whatever happens to
        the task that asked, and its items would otherwise stay leased until the lease runs out
        (minutes of a backlog that looks stuck)."""
        taking = asyncio.ensure_future(self._take(kinds, batched))
        try:
            return await asyncio.shield(taking)
        except asyncio.CancelledError:
            await asyncio.wait([taking])
            if not taking.cancelled() and taking.exception() is None:
                await asyncio.shield(asyncio.gather(*(self._hand_back(item) for item in taking.result())))
            raise

    async def _take(self, kinds: list[str] | None, batched: str | None) -> list[WorkItem]:
        if batched is not None:
            return await lease_batch(self._queue, batched, self._handlers[batched].batch)
        item = await self._queue.lease(kinds or self._shared_kinds)
        return [item] if item is not None else []

    def _batched(self, kinds: list[str] | None) -> str | None:
        """The kind a lane dedicated to one kind takes in batches, if its handler takes them."""
        if kinds is None or len(kinds) != 1:
            return None
        handler = self._handlers[kinds[0]]
        return kinds[0] if handler.handle_many is not None and handler.batch > 1 else None

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
        except Exception as error:
            await self._settle(item, handler, error)
        else:
            await self._settle(item, handler, None)

    async def run_batch(self, items: list[WorkItem]) -> None:
        """Items of one kind through its batch handler; each item's own outcome settles it."""
        handler = self._handlers[items[0].kind]
        assert handler.handle_many is not None
        outcomes: list[Exception | None]
        try:
            with background_work():
                outcomes = await handler.handle_many([item.payload for item in items])
        except asyncio.CancelledError:
            await asyncio.shield(asyncio.gather(*(self._hand_back(item) for item in items)))
            raise
        except Exception as error:  # the batch as a whole failed: so did each item
            outcomes = [error] * len(items)
        finished = [item for item, outcome in zip(items, outcomes, strict=True) if outcome is None]
        failed = [(item, outcome) for item, outcome in zip(items, outcomes, strict=True) if outcome is not None]
        try:
            # The finished ones in one write; each failed one retried or buried on its own.
            await complete_batch(self._queue, finished)
            self.processed += len(finished)
            for item, failure in failed:
                await self._settle(item, handler, failure)
        except asyncio.CancelledError:
            # Back to the queue: a settled item no longer holds its lease, so handing it back
            # changes nothing; the completions are one transaction, all stored or none.
            await asyncio.shield(asyncio.gather(*(self._hand_back(i) for i in items)))
            raise

    async def _settle(self, item: WorkItem, handler: WorkHandler, error: Exception | None) -> None:
        if error is None:
            await self._queue.complete(item)
            self.processed += 1
        elif isinstance(error, PermanentFailure | DocumentRejected):
            await self._dead(item, handler, str(error))
        else:
            reason = f"{type(error).__name__}: {error}"
            if item.attempts >= item.max_attempts:
                log.error("work item %s (%s) failed for the last time", item.id, item.kind, exc_info=error)
                await self._dead(item, handler, reason)
            else:
                delay = self._backoff_seconds * 2 ** (item.attempts - 1) * (1 + random.random() / 4)
                log.warning("work item %s (%s) failed, retrying in %.1fs: %s", item.id, item.kind, delay, reason)
                await self._queue.retry_later(item, reason, delay)

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

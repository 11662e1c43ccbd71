"""In-process domain event bus: handlers run as tasks so a slow one never blocks a publisher."""
from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Sequence

from domain.background import background_work
from domain.events import DomainEvent
from domain.ports.events import BatchHandler, EventHandler, Unsubscribe

log = logging.getLogger(__name__)


class InProcessEventBus:
    def __init__(self) -> None:
        self._handlers: dict[str, list[EventHandler]] = defaultdict(list)
        self._batch_handlers: dict[str, list[BatchHandler]] = defaultdict(list)
        self._pending: set[asyncio.Task] = set()

    async def publish(self, event: DomainEvent) -> None:
        await self.publish_many([event])

    async def publish_many(self, events: Sequence[DomainEvent]) -> None:
        # Handlers looked up once per name: a batch of a job's ~100 MatchFound, which only batch
        # handlers take, asks nothing per event (its context per event cost ~10 us each).
        anyone = self._handlers.get("*", ())
        by_name: dict[str, list[EventHandler]] = {}
        for event in events:
            handlers = by_name.get(event.name)
            if handlers is None:
                handlers = by_name[event.name] = [*self._handlers.get(event.name, ()), *anyone]
            if handlers:
                self._start(handlers, event)
        self._start_batches(events, everything=True)

    async def publish_to_name(self, event: DomainEvent) -> None:
        """Only to the handlers of the event's own name, not to "*" ones (an event another
        process published and already handed to its own "*" handlers)."""
        self._start(list(self._handlers.get(event.name, ())), event)
        self._start_batches([event], everything=False)

    def _start(self, handlers: list[EventHandler], event: DomainEvent) -> None:
        # Handlers keep records and pass events on: background work, whose writes give way to
        # requests' own (a request's audit record never holds up the next request's write).
        with background_work():
            for handler in handlers:
                self._track(asyncio.create_task(self._run(handler, event)))

    def _start_batches(self, events: Sequence[DomainEvent], everything: bool) -> None:
        """One task per batch handler with its events of this publication, in order."""
        if not self._batch_handlers or not events:
            return
        wanted: dict[BatchHandler, list[DomainEvent]] = {}
        anyone = self._batch_handlers.get("*", ()) if everything else ()
        by_name: dict[str, list[BatchHandler]] = {}
        for event in events:
            handlers = by_name.get(event.name)
            if handlers is None:
                handlers = by_name[event.name] = [*self._batch_handlers.get(event.name, ()), *anyone]
            for handler in handlers:
                wanted.setdefault(handler, []).append(event)
        with background_work():
            for handler, its_events in wanted.items():
                self._track(asyncio.create_task(self._run_batch(handler, its_events)))

    def _track(self, task: asyncio.Task) -> None:
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    def subscribe(self, event_name: str, handler: EventHandler) -> Unsubscribe:
        return _subscribed(self._handlers[event_name], handler)

    def names_listened_to(self) -> frozenset[str]:
        """The event names some handler is subscribed to by name ("*" left out): what
        publish_to_name() would hand to anyone right now."""
        return frozenset(name for handlers in (self._handlers, self._batch_handlers)
                         for name, its in handlers.items() if its and name != "*")

    def subscribe_batches(self, event_name: str, handler: BatchHandler) -> Unsubscribe:
        return _subscribed(self._batch_handlers[event_name], handler)

    async def drain(self) -> None:
        """Waits for every handler started so far (tests and shutdown)."""
        while self._pending:
            await asyncio.gather(*list(self._pending), return_exceptions=True)

    @staticmethod
    async def _run(handler: EventHandler, event: DomainEvent) -> None:
        try:
            await handler(event)
        except Exception:
            log.exception("event handler failed", extra={"event": event.name})

    @staticmethod
    async def _run_batch(handler: BatchHandler, events: list[DomainEvent]) -> None:
        try:
            await handler(events)
        except Exception:
            log.exception("event handler failed", extra={"event": events[0].name, "events": len(events)})


def _subscribed(handlers: list, handler) -> Unsubscribe:
    handlers.append(handler)

    def unsubscribe() -> None:
        if handler in handlers:
            handlers.remove(handler)

    return unsubscribe

"""In-process domain event bus: handlers run as tasks so a slow one never blocks a publisher."""
from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Sequence

from domain.events import DomainEvent
from domain.ports.events import EventHandler, Unsubscribe

log = logging.getLogger(__name__)


class InProcessEventBus:
    def __init__(self) -> None:
        self._handlers: dict[str, list[EventHandler]] = defaultdict(list)
        self._pending: set[asyncio.Task] = set()

    async def publish(self, event: DomainEvent) -> None:
        self._start([*self._handlers.get(event.name, ()), *self._handlers.get("*", ())], event)

    async def publish_many(self, events: Sequence[DomainEvent]) -> None:
        for event in events:
            await self.publish(event)

    async def publish_to_name(self, event: DomainEvent) -> None:
        """Only to the handlers of the event's own name, not to "*" ones (an event another
        process published and already handed to its own "*" handlers)."""
        self._start(list(self._handlers.get(event.name, ())), event)

    def _start(self, handlers: list[EventHandler], event: DomainEvent) -> None:
        for handler in handlers:
            task = asyncio.create_task(self._run(handler, event))
            self._pending.add(task)
            task.add_done_callback(self._pending.discard)

    def subscribe(self, event_name: str, handler: EventHandler) -> Unsubscribe:
        self._handlers[event_name].append(handler)

        def unsubscribe() -> None:
            if handler in self._handlers[event_name]:
                self._handlers[event_name].remove(handler)

        return unsubscribe

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

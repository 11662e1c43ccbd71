"""The domain event bus."""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol, runtime_checkable

from domain.events import DomainEvent

EventHandler = Callable[[DomainEvent], Awaitable[None]]
BatchHandler = Callable[[Sequence[DomainEvent]], Awaitable[None]]
Unsubscribe = Callable[[], None]


class EventBus(Protocol):
    async def publish(self, event: DomainEvent) -> None: ...

    def subscribe(self, event_name: str, handler: EventHandler) -> Unsubscribe:
        """Calls handler for every event of that name; '*' for every event."""
        ...

    async def drain(self) -> None:
        """Waits for the handlers already started (shutdown and tests)."""
        ...


@runtime_checkable
class DeliversInBatches(Protocol):
    """An optional ability of a bus: a handler that takes the events of one publication of
    several (matching announces a hundred matches at once) in one call, rather than one call
    (and one task) per event."""

    def subscribe_batches(self, event_name: str, handler: BatchHandler) -> Unsubscribe:
        """As subscribe(), the handler called once per publication with its events of that
        name ('*': all), in order; with [event] for an event published alone."""
        ...

"""The domain event bus."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol

from domain.events import DomainEvent

EventHandler = Callable[[DomainEvent], Awaitable[None]]
Unsubscribe = Callable[[], None]


class EventBus(Protocol):
    async def publish(self, event: DomainEvent) -> None: ...

    def subscribe(self, event_name: str, handler: EventHandler) -> Unsubscribe:
        """Calls handler for every event of that name; '*' for every event."""
        ...

    async def drain(self) -> None:
        """Waits for the handlers already started (shutdown and tests)."""
        ...

"""The embedded backend's event bus for this process's role.

A process running both roles is the deployment's only process with subscribers: its events go
to its own handlers, and nothing is written to the file (no rows that mention anyone). API
processes and the worker share events through the SQLite event log."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from adapters.embedded.event_bus import InProcessEventBus
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.event_log import SqliteEventLog
from domain.ports.events import EventBus
from gateway.config import Settings


@asynccontextmanager
async def embedded_events(settings: Settings, db: Database) -> AsyncIterator[EventBus]:
    if settings.role == "all":
        yield InProcessEventBus()
        return
    log = SqliteEventLog(db)
    await log.start()
    try:
        yield log
    finally:
        await log.close()

"""Domain events across the processes of one embedded deployment (implements
domain.ports.events.EventBus): an append-only `event_log` table in the shared SQLite file.

publish() hands the event to this process's handlers at once, as the in-process bus does, and
appends it to the table. Every process tails the table: it asks SQLite whether the file changed
(`PRAGMA data_version`, microseconds, no trip to a connection thread) every `poll_seconds`,
and only then reads the rows after the last one it saw, written by other processes; those go
to the handlers subscribed to the event's name (websocket subscriptions, live sessions), not
to "*" handlers: those keep records (analytics, audit) that the publishing process already
keeps, and every event is published by exactly one process.

Rows older than `keep_seconds` (a minute) are deleted: the table carries live updates, not
history (a process that starts tails from the end), and its rows name people (user ids) only
as long as a live update needs."""
from __future__ import annotations

import asyncio
import json
import logging
import os
import time
import uuid

from adapters.aws.events.registry import rebuild
from adapters.embedded.event_bus import InProcessEventBus
from adapters.embedded.sqlite.database import Database
from domain.events import DomainEvent
from domain.ports.events import EventHandler, Unsubscribe

log = logging.getLogger(__name__)
_BATCH = 500


class SqliteEventLog:
    def __init__(self, db: Database, *, poll_seconds: float = 0.02, keep_seconds: float = 60.0,
                 origin: str | None = None) -> None:
        self._db = db
        self._poll = poll_seconds
        self._keep = keep_seconds
        self.origin = origin or f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._local = InProcessEventBus()
        self._last_seq = 0
        self._tail: asyncio.Task | None = None
        self._pruned_at = 0.0

    async def start(self) -> None:
        row = await self._db.fetch_one("SELECT coalesce(max(seq), 0) FROM event_log")
        self._last_seq = row[0] if row else 0
        self._tail = asyncio.create_task(self._follow(), name="event-log-tail")

    async def close(self) -> None:
        if self._tail is not None:
            self._tail.cancel()
            await asyncio.gather(self._tail, return_exceptions=True)
            self._tail = None
        await self.drain()

    async def publish(self, event: DomainEvent) -> None:
        await self._local.publish(event)
        # The fact is already stored; a lost live update must not fail the request that made it.
        try:
            await self._db.execute(
                "INSERT INTO event_log(name, body, origin, at) VALUES (?, ?, ?, ?)",
                (event.name, event.model_dump_json(), self.origin, time.time()))
        except Exception:
            log.exception("appending %s to the event log failed", event.name)

    def subscribe(self, event_name: str, handler: EventHandler) -> Unsubscribe:
        return self._local.subscribe(event_name, handler)

    async def drain(self) -> None:
        await self._local.drain()

    async def _follow(self) -> None:
        seen = None
        while True:
            await asyncio.sleep(self._poll)
            try:
                # Asked before reading: a commit after this shows as a new stamp next time.
                stamp = self._db.change_stamp()
                if stamp == seen:
                    continue
                seen = stamp
                await self._read_new()
                await self._prune()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("reading the event log failed; trying again")
                seen = None
                await asyncio.sleep(1.0)

    async def _read_new(self) -> None:
        while True:
            rows = await self._db.fetch_all(
                "SELECT seq, name, body, origin FROM event_log WHERE seq > ? ORDER BY seq LIMIT ?",
                (self._last_seq, _BATCH))
            for seq, name, body, origin in rows:
                self._last_seq = seq
                if origin == self.origin:
                    continue
                try:
                    event = rebuild(name, json.loads(body))
                except Exception:
                    log.exception("dropping an event that could not be read")
                    continue
                if event is not None:
                    await self._local.publish_to_name(event)
            if len(rows) < _BATCH:
                return

    async def _prune(self) -> None:
        now = time.time()
        if now - self._pruned_at < self._keep / 4:
            return
        self._pruned_at = now
        await self._db.execute("DELETE FROM event_log WHERE at < ?", (now - self._keep,))

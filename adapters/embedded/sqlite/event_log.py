"""Domain events across the processes of one embedded deployment (implements
domain.ports.events.EventBus): an append-only `event_log` table in the shared SQLite file.

publish() hands the event to this process's handlers at once, as the in-process bus does, and
queues it for a task that appends the rows queued meanwhile to the table in one write.
Every process tails the table: it asks SQLite whether the file changed
(`PRAGMA data_version`, microseconds, no trip to a connection thread) every `poll_seconds`,
and only then reads the rows after the last one it saw, written by other processes; those go
to the handlers subscribed to the event's name (websocket subscriptions, live sessions), not
to "*" handlers: those keep records (analytics, audit) that the publishing process already
keeps, and every event is published by exactly one process. So only rows of a name some
handler here listens to are read and decoded; the rest are passed over in SQL (a worker
announces ~100 matches a job, which an API process with no match subscription never decodes).
Events of one name published together (a job's ~100 `MatchFound`) share one row, named
`<name>[]` with their bodies as a JSON array: one row to insert, read and delete instead of
one per event; a reader hands them out one by one, in order, as single rows' events.

A row is deleted as soon as every live process has read it: each process notes the last row
it read in `event_log_readers` (and that it is alive, every `heartbeat_seconds`); a process not
heard from for `stale_seconds` no longer holds rows back. The table carries live updates, not
history (a process that starts tails from the end), so its rows name people (user ids) only
for the moment a live update needs; rows older than `keep_seconds` go regardless.

So a process paused longer than that (a stopped or starved process) may find rows gone that it
never read. It notices: every row ever appended has the next seq (AUTOINCREMENT, counted in
`sqlite_sequence`), so fewer rows after its mark than seqs handed out since means some were
deleted unread. It then raises LiveUpdatesMissed to its own handlers: live connections are
checked against the store again and live streams end with an error telling the client to
fetch the current state (resolvers/subscriptions.py, gateway/auth/live_sessions.py). A process
with no handler of any name the log carries (the worker; an API process before its first live
connection) has missed nothing and is told nothing: a start that holds the loop past the log's
patience (the worker loading its models after the tail began) is no loss."""
from __future__ import annotations

import asyncio
import functools
import json
import logging
import os
import time
import uuid
from collections.abc import Callable, Sequence
from itertools import groupby

from pydantic import TypeAdapter

from adapters.aws.events.registry import rebuild
from adapters.embedded.event_bus import InProcessEventBus
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.whole_transactions import Statements
from domain.background import background_work
from domain.events import DomainEvent, LiveUpdatesMissed
from domain.ports.events import BatchHandler, EventHandler, Unsubscribe

log = logging.getLogger(__name__)
_BATCH = 500
_LAST_SEQ = "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'event_log'), 0)"
_NOTE_EVERY = 0.25
# Rows a write appends at most (a worker's backlog of announcements goes in several).
_APPEND_BATCH = 2_000
# A row holding several events of one name is named so (old readers pass it over in SQL).
MANY = "[]"
# Events a row holds at most: a read of _BATCH rows stays bounded.
_EVENTS_PER_ROW = 500


class SqliteEventLog:
    def __init__(self, db: Database, *, poll_seconds: float = 0.02, keep_seconds: float = 60.0,
                 heartbeat_seconds: float = 2.0, stale_seconds: float = 10.0, origin: str | None = None,
                 max_unwritten: int = 20_000,
                 decode: Callable[[str, dict], DomainEvent | None] = rebuild) -> None:
        self._db = db
        self._decode = decode
        self._poll = poll_seconds
        self._keep = keep_seconds
        self.origin = origin or f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._local = InProcessEventBus()
        self._last_seq = 0
        self._tail: asyncio.Task | None = None
        self._heartbeat = heartbeat_seconds
        self._stale = stale_seconds
        self._noted_at = 0.0
        self._noted_seq = 0
        # Rows not yet written, each with how many events it holds.
        self._unwritten: list[tuple[tuple[str, str, str, float], int]] = []
        self._unwritten_events = 0
        self._appending: asyncio.Task[None] | None = None
        self._writing = 0  # events of the write under way
        self._max_unwritten = max_unwritten

    async def start(self) -> None:
        # The last seq handed out, not the largest left: rows may all have been deleted.
        row = await self._db.fetch_one(_LAST_SEQ)
        self._last_seq = row[0] if row else 0
        await self._note_read()
        self._tail = asyncio.create_task(self._follow(), name="event-log-tail")

    async def close(self) -> None:
        await self.flush()
        if self._tail is not None:
            self._tail.cancel()
            await asyncio.gather(self._tail, return_exceptions=True)
            self._tail = None
        try:
            await self._db.execute("DELETE FROM event_log_readers WHERE origin = ?", (self.origin,))
        except Exception:
            log.warning("could not sign this process off the event log", exc_info=True)
        await self.drain()

    async def publish(self, event: DomainEvent) -> None:
        await self._local.publish(event)
        await self._append([event])

    async def publish_many(self, events: Sequence[DomainEvent]) -> None:
        """As publish() for each (matching announces up to a hundred matches per job at once)."""
        for event in events:
            await self._local.publish(event)
        await self._append(events)

    async def _append(self, events: Sequence[DomainEvent]) -> None:
        """Queues the events' rows for the appending task and returns: the fact is already
        stored, so a request does not wait for its live update's write (which, while a worker
        holds SQLite's write lock, is a wait of its own), and the rows of publications made
        meanwhile go in one write, in the order they were published. Waits only when the
        rows not yet written pass a bound, so a publisher faster than the file is slowed
        rather than held in memory without end."""
        if not events:
            return
        at = time.time()
        self._unwritten.extend(((name, body, self.origin, at), held) for name, body, held in _rows_of(events))
        self._unwritten_events += len(events)
        self._start_appending()
        if self._unwritten_events + self._writing > self._max_unwritten:
            await self._appended()

    def _start_appending(self) -> asyncio.Task[None]:
        appending = self._appending
        if appending is None or appending.done():
            # Background work in SQLite's write turns: a request's own writes go first.
            with background_work():
                appending = self._appending = asyncio.create_task(self._write_appends(), name="event-log-append")
        return appending

    async def _write_appends(self) -> None:
        while self._unwritten:
            taken, self._unwritten = self._unwritten[:_APPEND_BATCH], self._unwritten[_APPEND_BATCH:]
            rows = [row for row, _ in taken]
            self._writing = sum(held for _, held in taken)
            self._unwritten_events -= self._writing
            # A task of its own, so a cancellation of this one (a shutdown cancelling every
            # task) neither stops the write halfway nor leaves it unknown whether it committed.
            write = asyncio.ensure_future(self._db.write_whole(functools.partial(_insert_rows, rows)))
            try:
                await asyncio.shield(write)
            except asyncio.CancelledError:
                await asyncio.wait([write])
                if write.cancelled():
                    # The write itself was cancelled too (a loop tearing down cancels every
                    # task): most likely before its turn came, so its rows go back in front of
                    # those published since; one cancelled on its thread may have committed,
                    # and then a row appears twice, which beats losing it.
                    self._unwritten[:0] = taken
                    self._unwritten_events += self._writing
                raise
            except Exception:
                # A lost live update must not fail anything: the facts are stored elsewhere.
                log.exception("appending %d events to the event log failed", len(rows))
            finally:
                if write.done() and not write.cancelled():
                    write.exception()  # seen: logged above or raised past a cancellation
                self._writing = 0

    async def _appended(self) -> None:
        """Waits for the appending task; one cancelled (a shutdown cancels every task) has
        put back what it had not written, and another takes over. A cancellation of the
        caller itself propagates: asyncio.wait raises only that one."""
        appending = self._start_appending() if self._unwritten else self._appending
        while appending is not None and not appending.done():
            await asyncio.wait([appending])
            appending = self._start_appending() if self._unwritten else self._appending

    async def flush(self) -> None:
        """Returns once every event published so far is in the table."""
        await self._appended()

    def subscribe(self, event_name: str, handler: EventHandler) -> Unsubscribe:
        return self._local.subscribe(event_name, handler)

    def subscribe_batches(self, event_name: str, handler: BatchHandler) -> Unsubscribe:
        return self._local.subscribe_batches(event_name, handler)

    async def drain(self) -> None:
        await self._local.drain()
        await self.flush()

    async def _follow(self) -> None:
        seen = None
        while True:
            await asyncio.sleep(self._poll)
            try:
                # Asked before reading: a commit after this shows as a new stamp next time.
                stamp = self._db.change_stamp()
                if stamp != seen:
                    seen = stamp
                    await self._read_new()
                # Noted a few times a second at most (a write each), and at every heartbeat:
                # delivery never waits for it.
                since = time.time() - self._noted_at
                if since >= self._heartbeat or (self._last_seq != self._noted_seq and since >= _NOTE_EVERY):
                    await self._note_read()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("reading the event log failed; trying again")
                seen = None
                await asyncio.sleep(1.0)

    async def _read_new(self) -> None:
        # One statement, so one snapshot: the seqs handed out and the rows left after the mark.
        row = await self._db.fetch_one(f"SELECT ({_LAST_SEQ}), count(*) FROM event_log WHERE seq > ?",
                                       (self._last_seq,))
        newest = max(row[0], self._last_seq) if row else self._last_seq
        missing = newest - self._last_seq - (row[1] if row else 0)
        # Only a handler of a name the log carries can have missed anything: a process that
        # listens to none (the worker; a process whose start, loading its models, held its
        # loop past the log's patience before any handler here subscribed) lost nothing.
        if missing > 0 and not self._local.names_listened_to() - {LiveUpdatesMissed.name}:
            log.debug("%d event log rows were deleted unread; no handler here listens to any", missing)
        elif missing > 0:
            log.warning("%d event log rows were deleted before this process read them (paused for longer "
                        "than %.0f s?): live connections are checked again and live streams told", missing, self._stale)
            await self._local.publish_to_name(LiveUpdatesMissed(missing=missing))
        # Read after the newest seq: rows up to it are committed (one writer at a time, seq
        # given in commit order), so none is passed over by moving the mark to it.
        wanted = sorted(name + kind for name in self._local.names_listened_to() for kind in ("", MANY))
        while wanted and self._last_seq < newest:
            names = ", ".join("?" * len(wanted))
            rows = await self._db.fetch_all(
                f"SELECT seq, name, body FROM event_log WHERE seq > ? AND seq <= ? AND origin != ?"
                f" AND name IN ({names}) ORDER BY seq LIMIT ?",
                (self._last_seq, newest, self.origin, *wanted, _BATCH))
            for seq, name, body in rows:
                self._last_seq = seq
                try:
                    events = self._events_of(name, body)
                except Exception:
                    log.exception("dropping events that could not be read")
                    continue
                for event in events:
                    await self._local.publish_to_name(event)
            if len(rows) < _BATCH:
                break
        self._last_seq = max(self._last_seq, newest)

    def _events_of(self, name: str, body: str) -> list[DomainEvent]:
        """The events of one row: one, or, in a row named `<name>[]`, each of its array."""
        if name.endswith(MANY):
            decoded = [self._decode(name[:-len(MANY)], detail) for detail in json.loads(body)]
        else:
            decoded = [self._decode(name, json.loads(body))]
        return [event for event in decoded if event is not None]

    async def _note_read(self) -> None:
        """What this process has read, and that it is alive; then the rows every live
        process has read are deleted, and those past `keep_seconds` whoever has not."""
        now = time.time()
        self._noted_at, self._noted_seq = now, self._last_seq
        last_seq = self._last_seq
        await self._db.write_whole(functools.partial(self._note, last_seq=last_seq, now=now))

    async def _note(self, conn: Statements, *, last_seq: int, now: float) -> None:
        await conn.execute(
            "INSERT INTO event_log_readers(origin, last_seq, at) VALUES (?, ?, ?)"
            " ON CONFLICT(origin) DO UPDATE SET last_seq = excluded.last_seq, at = excluded.at",
            (self.origin, last_seq, now))
        await conn.execute("DELETE FROM event_log_readers WHERE at < ?", (now - self._stale,))
        await conn.execute(
            "DELETE FROM event_log WHERE seq <= (SELECT min(last_seq) FROM event_log_readers) OR at < ?",
            (now - self._keep,))


async def _insert_rows(rows: list[tuple[str, str, str, float]], conn: Statements) -> None:
    await conn.executemany("INSERT INTO event_log(name, body, origin, at) VALUES (?, ?, ?, ?)", rows)


def _rows_of(events: Sequence[DomainEvent]) -> list[tuple[str, str, int]]:
    """(name, body, events held) of the rows holding `events`, in order: a run of events of one name in one
    row (up to _EVENTS_PER_ROW), serialised at once; a lone event in a row of its own, as before."""
    rows: list[tuple[str, str, int]] = []
    for (name, _), run in groupby(events, key=lambda event: (event.name, type(event))):
        listed = list(run)
        for start in range(0, len(listed), _EVENTS_PER_ROW):
            part = listed[start:start + _EVENTS_PER_ROW]
            if len(part) == 1:
                rows.append((name, part[0].model_dump_json(), 1))
            else:
                rows.append((name + MANY, _list_adapter(type(part[0])).dump_json(part).decode(), len(part)))
    return rows


@functools.cache
def _list_adapter(event_type: type[DomainEvent]) -> TypeAdapter[list[DomainEvent]]:
    # One serialiser per event class (a few, for the process's life), built once.
    return TypeAdapter(list[event_type])  # type: ignore[valid-type]

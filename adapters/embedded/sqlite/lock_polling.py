"""Taking SQLite's write lock by trying again every `poll` seconds, for the processes whose
writes a person waits for (the API role).

SQLite's own busy handler (`busy_timeout`) sleeps between tries in growing steps: 1, 2, 5, 10,
15, 20, 25 ms... So a post that finds the worker's match write holding the file waits until the
next step after that write ends: a write that ends 3 ms later costs 8, one that ends 19 ms
later costs 33 (measured: a post's BEGIN waited p75 18.9 ms and p90 54 while the worker
drained, sitting on those steps). Tried again every millisecond, a writer waits for the write
ahead of it plus at most a millisecond; and since the worker keeps SQLite's backing-off
handler, the API's writer is usually the first to try once the file is free.

Only BEGIN IMMEDIATE waits: in WAL mode a transaction that holds the write lock does not wait
on readers, and COMMIT's checkpoint is a passive one that skips what it cannot take. So the
connections that write this way set `busy_timeout` to 0 once migrations are done, and nothing
else they run would have waited."""
from __future__ import annotations

import asyncio
import sqlite3
import time
from dataclasses import dataclass

import aiosqlite

_BEGIN = "BEGIN IMMEDIATE"


@dataclass(frozen=True)
class LockPolling:
    """Try every `poll` seconds, for up to `patience` seconds in all (SQLite's
    `busy_timeout` of the other connections), then fail as SQLite would: "database is locked"."""

    poll: float = 0.001
    patience: float = 5.0


def is_busy(error: sqlite3.OperationalError) -> bool:
    # The primary code: SQLITE_BUSY and its extended forms (recovery, snapshot, timeout).
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == sqlite3.SQLITE_BUSY


def begin_on_thread(conn: sqlite3.Connection, polling: LockPolling | None) -> None:
    if polling is None:
        conn.execute(_BEGIN)
        return
    deadline = time.monotonic() + polling.patience
    while True:
        try:
            conn.execute(_BEGIN)
            return
        except sqlite3.OperationalError as error:
            if not is_busy(error) or time.monotonic() >= deadline:
                raise
        time.sleep(polling.poll)


async def begin_on_loop(conn: aiosqlite.Connection, polling: LockPolling | None) -> None:
    if polling is None:
        await conn.execute(_BEGIN)
        return
    deadline = time.monotonic() + polling.patience
    while True:
        try:
            await conn.execute(_BEGIN)
            return
        except sqlite3.OperationalError as error:
            if not is_busy(error) or time.monotonic() >= deadline:
                raise
        await asyncio.sleep(polling.poll)

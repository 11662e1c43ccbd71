"""Write transactions run whole on one thread, from BEGIN IMMEDIATE to COMMIT, with no trip
back to the event loop between statements.

A transaction through aiosqlite makes a trip to the connection's thread and back to the event
loop for every statement, and holds SQLite's write lock on the file all along. In a busy
process (the worker: scoring on the event loop, the model's thread taking the GIL, the whole
process at a lowered priority) each trip waits its turn, so a transaction of a few
milliseconds of SQLite's work held the lock for tens of them, and every other process's write
(a post on the API) waited in SQLite's busy handler meanwhile. Here the transaction's body is
an async function of SQL statements only: it runs to its end on this thread, each statement
answered at once, so the lock is held for SQLite's own work.

The body is written as the statements of an aiosqlite transaction are (`await conn.execute`,
`execute_fetchall`, `executemany`, cursors' `fetchone` / `fetchall`), so the same helpers serve
both; it must await nothing else (it would suspend on a thread with no event loop): a body that
does is rolled back and refused with an error."""
from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Protocol, TypeVar

from adapters.embedded.sqlite.lock_polling import LockPolling, begin_on_thread
from domain.coroutines import run_without_waiting

T = TypeVar("T")
# One thread for the whole transactions of every database of this process, when reserved.
_reserved: ThreadPoolExecutor | None = None


def reserve_writing_thread() -> int:
    """Starts, now, the thread that will run this process's whole transactions, and returns its
    native id: a process about to lower its own priority spares it (gateway/roles/priority.py)
    so the writes that hold SQLite's lock, which other processes' writes wait for, are not
    starved behind the rest of the machine. Its CPU is SQLite's work inside those writes."""
    global _reserved
    if _reserved is None:
        _reserved = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-whole-writes")
    return _reserved.submit(threading.get_native_id).result()


class Statements(Protocol):
    """What a transaction's body may ask of its connection (aiosqlite's Connection, or
    ThreadStatements below)."""

    def execute(self, sql: str, parameters: Iterable[Any] = ...) -> Awaitable[Any]: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]]) -> Awaitable[Any]: ...

    def execute_fetchall(self, sql: str, parameters: Iterable[Any] = ...) -> Awaitable[Iterable[sqlite3.Row]]: ...


class _Cursor:
    """A finished statement's rows, asked for as aiosqlite's cursor is (awaited)."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor
        self.rowcount = cursor.rowcount
        self.lastrowid = cursor.lastrowid

    async def fetchone(self) -> sqlite3.Row | None:
        return self._cursor.fetchone()

    async def fetchall(self) -> list[sqlite3.Row]:
        return self._cursor.fetchall()


class ThreadStatements:
    """A plain sqlite3 connection behind aiosqlite's awaitable methods, answered at once on
    the calling thread: awaiting them never suspends."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    async def execute(self, sql: str, parameters: Iterable[Any] = ()) -> _Cursor:
        return _Cursor(self._conn.execute(sql, tuple(parameters)))

    async def executemany(self, sql: str, parameters: Iterable[Sequence[Any]]) -> _Cursor:
        return _Cursor(self._conn.executemany(sql, parameters))

    async def execute_fetchall(self, sql: str, parameters: Iterable[Any] = ()) -> list[sqlite3.Row]:
        return self._conn.execute(sql, tuple(parameters)).fetchall()


class WholeTransactions:
    """One connection of its own, on one thread of its own, opened on first use (a process
    that never writes this way opens nothing). The caller keeps its process's writers to one
    at a time (Database's write turns); SQLite keeps processes to one writer."""

    def __init__(self, path: Path, prepare: Callable[[sqlite3.Connection], None],
                 connect: Callable[[Path], sqlite3.Connection] | None = None,
                 lock_polling: LockPolling | None = None) -> None:
        """`connect`: opens the plain connection (in autocommit mode: this class begins and
        ends the transactions); a test may wrap it to watch what the connection runs."""
        self._path = path
        self._prepare = prepare
        self._connect = connect or plain_connection
        self._thread: ThreadPoolExecutor | None = None
        self._conn: sqlite3.Connection | None = None
        self._lock_polling = lock_polling

    async def run(self, body: Callable[[Statements], Coroutine[Any, Any, T]]) -> T:
        """`body` inside BEGIN IMMEDIATE ... COMMIT on this thread, rolled back whole on any
        error. Waited for to its end even when the calling task is cancelled meanwhile (the
        thread finishes it regardless): the next writer comes after it."""
        if self._thread is None:
            self._thread = _reserved or ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-whole-writes")
        done = asyncio.get_running_loop().run_in_executor(self._thread, self._run, body)
        try:
            return await asyncio.shield(done)
        except asyncio.CancelledError:
            await asyncio.wait([done])
            if not done.cancelled():
                done.exception()  # marks a failure seen; the cancellation is what propagates
            raise

    def _run(self, body: Callable[[Statements], Coroutine[Any, Any, T]]) -> T:
        conn = self._connection()
        begin_on_thread(conn, self._lock_polling)
        try:
            result = run_without_waiting(
                body(ThreadStatements(conn)),
                "a whole transaction's body awaited something other than its statements")
            conn.execute("COMMIT")
            return result
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            conn = self._connect(self._path)
            try:
                self._prepare(conn)
            except BaseException:
                conn.close()
                raise
            self._conn = conn
        return self._conn

    async def close(self) -> None:
        if self._thread is None:
            return
        thread, self._thread = self._thread, None
        await asyncio.get_running_loop().run_in_executor(thread, self._close)
        if thread is not _reserved:
            thread.shutdown(wait=True)

    def _close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def plain_connection(path: Path) -> sqlite3.Connection:
    # Used by its one thread only (check_same_thread's default holds).
    return sqlite3.connect(path, isolation_level=None)


def prepare_with(pragmas: Sequence[str], functions: Sequence[tuple[str, int, Callable[..., Any]]]
                 ) -> Callable[[sqlite3.Connection], None]:
    def prepare(conn: sqlite3.Connection) -> None:
        conn.row_factory = sqlite3.Row
        for pragma in pragmas:
            conn.execute(pragma)
        for name, arity, function in functions:
            conn.create_function(name, arity, function, deterministic=True)
    return prepare

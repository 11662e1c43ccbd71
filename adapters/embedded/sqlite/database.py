"""One SQLite file through aiosqlite: WAL, foreign keys, migrations applied at open.

Writes go through one connection guarded by a lock (SQLite has one writer anyway), so a
transaction never interleaves with another coroutine's statements; reads use a second
connection that WAL lets run beside the writer. Every read runs its statement to the end on
the reader's thread, so no statement is left open there: an open statement keeps the read
transaction (and so the WAL snapshot) it started, and every later read on that connection
would see the file as it was then.
"""
from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Protocol, TypeVar

import aiosqlite

from adapters.embedded.sqlite.lock_polling import LockPolling, begin_on_loop
from adapters.embedded.sqlite.migrations import MIGRATIONS
from adapters.embedded.sqlite.migrations_later import WITHOUT_FOREIGN_KEYS
from adapters.embedded.sqlite.whole_transactions import (
    Statements,
    WholeTransactions,
    plain_connection,
    prepare_with,
)
from adapters.embedded.sqlite.write_turns import WriteTurns
from domain.job_skill_keys import skill_key, skill_keys
from domain.locations import location_matches
from domain.organization_names import organization_name_key
from domain.person_names import fold_person_name
from domain.search_text import searchable_text

_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA busy_timeout=5000",
    # Deleted rows are overwritten, so erased personal data does not linger in free pages.
    "PRAGMA secure_delete=ON",
    # 16 MiB of pages per connection (SQLite's default is 2 MiB): a batch's match rows go to
    # random places of the matches indexes, and with the default most of those pages were
    # read again for each write (bench_drain: the matches INSERT 4.5 -> 2.6 ms of a job).
    "PRAGMA cache_size=-16384",
)
# Writers that poll for the lock (lock_polling.py) are told at once that it is taken.
_NO_BUSY_HANDLER = ("PRAGMA busy_timeout=0",)


def job_skill_keys_json(required_skills: str) -> str:
    """A job's stored required skills (a JSON array) as the JSON array of their index keys,
    domain.job_skills.skill_keys: what the repository writes to job_skills for a job."""
    return json.dumps(skill_keys(json.loads(required_skills or "[]")))


def _folded_name(name: str | None) -> str:
    """A person's name as adminUsers compares it: no accents, any case."""
    return fold_person_name(name) if name else ""


# Migrations index job skills by the same key as the repository does.
_FUNCTIONS = (
    ("skill_key", 1, skill_key),
    ("job_skill_keys", 1, job_skill_keys_json),
    ("searchable_text", 1, searchable_text),
    ("location_matches", 2, location_matches),
    ("organization_name_key", 1, organization_name_key),
    ("folded_name", 1, _folded_name),
)
T = TypeVar("T")


class Connect(Protocol):
    """Opens one connection to the file (aiosqlite.connect, or a wrapper around it)."""

    def __call__(self, database: Path, *, isolation_level: str | None) -> Awaitable[aiosqlite.Connection]: ...


class Database:
    def __init__(
        self, path: Path, connect: Connect = aiosqlite.connect,
        migrations: Sequence[tuple[int, list[str]]] = MIGRATIONS,
        connect_plain: Callable[[Path], sqlite3.Connection] = plain_connection,
        lock_polling: LockPolling | None = None,
    ) -> None:
        """`connect`: how each of the two connections is opened; a caller may wrap
        aiosqlite.connect to watch what the connections run (the tests trace statements).
        `migrations`: applied at open, those not yet applied (an upgrade test first opens a
        file with the earlier ones only). `connect_plain`: how the connection of write_whole
        opens (sqlite3's, used on a thread of its own). `lock_polling`: how this process's
        writes wait for SQLite's write lock (lock_polling.py); None: SQLite's busy handler."""
        self.path = path
        self._open_connection = connect
        self._migrations = migrations
        self._writer: aiosqlite.Connection | None = None
        self._reader: aiosqlite.Connection | None = None
        self._write_lock = WriteTurns()
        self._lock_polling = lock_polling
        writer_pragmas = (*_PRAGMAS, *_NO_BUSY_HANDLER) if lock_polling else _PRAGMAS
        self._whole = WholeTransactions(path, prepare_with(writer_pragmas, _FUNCTIONS), connect_plain,
                                        lock_polling=lock_polling)
        self._write_generation = 0
        # Asked only for `PRAGMA data_version`, from the event loop's thread (microseconds, no
        # trip to a connection thread): its answer changes whenever any other connection, of
        # this process or another, commits to the file.
        self._change_watch: sqlite3.Connection | None = None
        self._unknown_changes = 0

    async def open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._writer = await self._connect()
        await self._migrate()
        if self._lock_polling:
            # After the migrations, which another process starting at once may hold up.
            for pragma in _NO_BUSY_HANDLER:
                await self._writer.execute(pragma)
        self._reader = await self._connect()
        # timeout=0: never waits on the event loop's thread; a busy file answers "unknown".
        self._change_watch = sqlite3.connect(self.path, isolation_level=None, timeout=0)

    async def close(self) -> None:
        if self._change_watch is not None:
            self._change_watch.close()
            self._change_watch = None
        await self._whole.close()
        for conn in (self._reader, self._writer):
            if conn is not None:
                await conn.close()
        self._reader = self._writer = None

    async def _connect(self) -> aiosqlite.Connection:
        conn = await self._open_connection(self.path, isolation_level=None)
        conn.row_factory = sqlite3.Row
        for pragma in _PRAGMAS:
            await conn.execute(pragma)
        for name, arity, function in _FUNCTIONS:
            await conn.create_function(name, arity, function, deterministic=True)
        return conn

    async def _migrate(self) -> None:
        conn = self._require(self._writer)
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT (datetime('now')))"
        )
        rows = await (await conn.execute("SELECT version FROM schema_migrations")).fetchall()
        applied = {row[0] for row in rows}
        for version, statements in self._migrations:
            if version in applied:
                continue
            # Outside a transaction, or SQLite ignores it.
            if version in WITHOUT_FOREIGN_KEYS:
                await conn.execute("PRAGMA foreign_keys=OFF")
            try:
                await conn.execute("BEGIN IMMEDIATE")
                try:
                    for statement in statements:
                        await conn.execute(statement)
                    await conn.execute("INSERT INTO schema_migrations(version) VALUES (?)", (version,))
                    await conn.execute("COMMIT")
                except BaseException:
                    await conn.execute("ROLLBACK")
                    raise
            finally:
                if version in WITHOUT_FOREIGN_KEYS:
                    await conn.execute("PRAGMA foreign_keys=ON")

    @property
    def schema_version(self) -> int:
        return max(version for version, _ in self._migrations)

    @staticmethod
    def _require(conn: aiosqlite.Connection | None) -> aiosqlite.Connection:
        if conn is None:
            raise RuntimeError("the database is not open")
        return conn

    async def fetch_all(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        # One trip to the connection's thread (execute and fetch together), not two.
        return list(await self._require(self._reader).execute_fetchall(sql, tuple(params)))

    async def fetch_one(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Row | None:
        """The first row of a statement that yields one row (or a few). Read to the end on the
        connection's thread, even if the calling task is cancelled meanwhile: a cursor left
        half-read (and kept alive by a cancelled task's traceback, say) would pin the reader
        to an old snapshot, and a session created since would look missing."""
        rows = await self._require(self._reader).execute_fetchall(sql, tuple(params))
        return next(iter(rows), None)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back whole on any error: nothing half-written."""
        async with self._write_lock:
            conn = self._require(self._writer)
            try:
                # Inside the try: a task cancelled while awaiting BEGIN has still begun the
                # transaction on the connection's thread, and must not leave it open.
                await begin_on_loop(conn, self._lock_polling)
                yield conn
                await _commit(conn)
            except BaseException:
                await _roll_back(conn)
                raise
            finally:
                self._write_generation += 1

    async def write_whole(self, body: Callable[[Statements], Coroutine[Any, Any, T]]) -> T:
        """`body` as one write transaction, as transaction() runs one, but whole on a thread
        of its own from BEGIN to COMMIT (whole_transactions.py): for writes of SQL alone whose
        transaction must hold SQLite's write lock, which every other process's writes wait
        for, no longer than SQLite's own work (the matching worker's match rows)."""
        async with self._write_lock:
            try:
                return await self._whole.run(body)
            finally:
                self._write_generation += 1

    @property
    def write_generation(self) -> int:
        """Changes after every write transaction this process makes (committed, failed or
        cancelled)."""
        return self._write_generation

    def change_stamp(self) -> tuple[int, int]:
        """Changes whenever what the file holds may have changed: after every write
        transaction of this process, and after every commit by any other connection or
        process (`PRAGMA data_version`). An answer read while it kept one value is still what
        the file holds. Asked synchronously: a few microseconds, answered from the WAL index."""
        return self._write_generation, self._data_version()

    def _data_version(self) -> int:
        watch = self._change_watch
        try:
            if watch is None:
                raise sqlite3.OperationalError("the database is not open")
            # fetchall runs the statement to its end, so the watch keeps no snapshot open
            # (which would freeze the very number it reports).
            return watch.execute("PRAGMA data_version").fetchall()[0][0]
        except sqlite3.Error:
            # Unknown: a value never seen before, so nothing read meanwhile is trusted.
            self._unknown_changes -= 1
            return self._unknown_changes

    async def execute(self, sql: str, params: Iterable[Any] = ()) -> int:
        async with self.transaction() as conn:
            cursor = await conn.execute(sql, tuple(params))
            return cursor.rowcount


async def _commit(conn: aiosqlite.Connection) -> None:
    """COMMIT, waited for even when the task is cancelled meanwhile: it completes on the
    connection's thread regardless, and the next writer and the write generation must come
    after it."""
    commit = asyncio.ensure_future(conn.execute("COMMIT"))
    try:
        await asyncio.shield(commit)
    except asyncio.CancelledError:
        await asyncio.wait([commit])
        if not commit.cancelled():
            commit.exception()  # marks a failure seen; the cancellation is what propagates
        raise


async def _roll_back(conn: aiosqlite.Connection) -> None:
    try:
        await conn.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        if "no transaction is active" not in str(error):
            raise

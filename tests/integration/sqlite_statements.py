"""A Database whose connections are opened through `StatementLog.connect` (its public
`connect=` and `connect_plain=` seams): every statement either connection runs while the log is recording, in the
order SQLite ran them, from sqlite3's own trace callback. Functions a test registers are
registered on each connection as it opens."""
from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite
import pytest

from adapters.embedded.sqlite.database import Database


class StatementLog:
    def __init__(self) -> None:
        self.statements: list[str] = []
        self._recording = False
        self._functions: list[tuple[str, int, Callable[..., object]]] = []

    def add_function(self, name: str, arguments: int, function: Callable[..., object]) -> None:
        """A SQL function on every connection opened from now on (open the database after)."""
        self._functions.append((name, arguments, function))

    def record(self) -> list[str]:
        """Starts recording (afresh); the list fills as the connections run statements."""
        self.statements.clear()
        self._recording = True
        return self.statements

    def stop(self) -> None:
        self._recording = False

    async def connect(self, database: Path, *, isolation_level: str | None) -> aiosqlite.Connection:
        conn = await aiosqlite.connect(database, isolation_level=isolation_level)
        # Called on the connection's own thread as each statement runs.
        await conn.set_trace_callback(self._ran)
        for name, arguments, function in self._functions:
            await conn.create_function(name, arguments, function)
        return conn

    def connect_plain(self, database: Path) -> sqlite3.Connection:
        """As connect(), for the plain connection Database.write_whole runs on."""
        conn = sqlite3.connect(database, isolation_level=None)
        conn.set_trace_callback(self._ran)
        for name, arguments, function in self._functions:
            conn.create_function(name, arguments, function)
        return conn

    def _ran(self, statement: str) -> None:
        if self._recording:
            self.statements.append(statement)


@asynccontextmanager
async def traced_database(path: Path, log: StatementLog) -> AsyncIterator[Database]:
    database = Database(path, connect=log.connect, connect_plain=log.connect_plain)
    await database.open()
    try:
        yield database
    finally:
        await database.close()


@pytest.fixture
def sql_log() -> StatementLog:
    return StatementLog()


@pytest.fixture
async def traced_db(tmp_path: Path, sql_log: StatementLog) -> AsyncIterator[Database]:
    """A migrated database file whose statements `sql_log` records."""
    async with traced_database(tmp_path / "talentgraph.sqlite3", sql_log) as database:
        yield database

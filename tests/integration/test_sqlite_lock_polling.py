"""A process whose writes poll for SQLite's write lock (the API role) waits while another
process holds it, writes once it is free, and after its patience fails as SQLite's busy
handler would, with nothing written; both ways of writing (statements from the event loop and
whole transactions on their thread) behave alike."""
from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

import pytest

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.lock_polling import LockPolling, begin_on_thread, is_busy
from adapters.embedded.sqlite.whole_transactions import Statements

DEADLINE = 10.0


def _other_process_writer(path: Path) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None, timeout=0, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    return other


async def _opened(tmp_path: Path, polling: LockPolling) -> Database:
    db = Database(tmp_path / "talentgraph.sqlite3", lock_polling=polling)
    await db.open()
    await db.execute("CREATE TABLE IF NOT EXISTS notes(text TEXT NOT NULL)")
    return db


async def _insert_whole(db: Database, text: str) -> None:
    async def body(conn: Statements) -> None:
        await conn.execute("INSERT INTO notes(text) VALUES (?)", (text,))
    await db.write_whole(body)


async def _notes(db: Database) -> list[str]:
    return [row[0] for row in await db.fetch_all("SELECT text FROM notes ORDER BY rowid")]


@pytest.mark.parametrize("way", ["loop", "whole"])
async def test_a_polling_writer_waits_for_the_other_process_and_then_writes(tmp_path: Path, way: str) -> None:
    db = await _opened(tmp_path, LockPolling(poll=0.001, patience=DEADLINE))
    other = _other_process_writer(db.path)
    try:
        write = (db.execute("INSERT INTO notes(text) VALUES ('mine')") if way == "loop"
                 else _insert_whole(db, "mine"))
        writing = asyncio.ensure_future(write)
        await asyncio.sleep(0.2)
        assert not writing.done()  # tried again and again meanwhile, never failed
        other.execute("INSERT INTO notes(text) VALUES ('theirs')")
        other.execute("COMMIT")
        await asyncio.wait_for(writing, DEADLINE)
        assert await _notes(db) == ["theirs", "mine"]
    finally:
        other.close()
        await db.close()


@pytest.mark.parametrize("way", ["loop", "whole"])
async def test_past_its_patience_a_polling_writer_fails_as_sqlite_would_and_writes_nothing(
        tmp_path: Path, way: str) -> None:
    db = await _opened(tmp_path, LockPolling(poll=0.001, patience=0.2))
    other = _other_process_writer(db.path)
    try:
        with pytest.raises(sqlite3.OperationalError) as raised:
            if way == "loop":
                await asyncio.wait_for(db.execute("INSERT INTO notes(text) VALUES ('mine')"), DEADLINE)
            else:
                await asyncio.wait_for(_insert_whole(db, "mine"), DEADLINE)
        assert is_busy(raised.value)
        other.execute("COMMIT")
        assert await _notes(db) == []
        await db.execute("INSERT INTO notes(text) VALUES ('later')")  # the connection is usable
        assert await _notes(db) == ["later"]
    finally:
        other.close()
        await db.close()


def test_errors_other_than_a_taken_lock_are_not_tried_again(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    tries = 0

    class Counting:
        def execute(self, sql: str) -> None:
            nonlocal tries
            tries += 1
            conn.execute(sql)  # "cannot start a transaction within a transaction"

    with pytest.raises(sqlite3.OperationalError) as raised:
        begin_on_thread(Counting(), LockPolling(poll=0.001, patience=DEADLINE))  # type: ignore[arg-type]
    assert not is_busy(raised.value) and tries == 1
    conn.close()


async def test_the_writing_connections_leave_waiting_to_the_polling_and_readers_keep_sqlites(tmp_path: Path) -> None:
    db = await _opened(tmp_path, LockPolling())
    seen: dict[str, int] = {}

    async def body(conn: Statements) -> None:
        seen["whole"] = (await conn.execute_fetchall("PRAGMA busy_timeout"))[0][0]
    try:
        await db.write_whole(body)
        async with db.transaction() as conn:
            seen["loop"] = (await conn.execute_fetchall("PRAGMA busy_timeout"))[0][0]
        seen["reader"] = (await db.fetch_all("PRAGMA busy_timeout"))[0][0]
        assert seen == {"whole": 0, "loop": 0, "reader": 5000}
    finally:
        await db.close()


async def test_without_polling_every_connection_keeps_sqlites_busy_handler(tmp_path: Path) -> None:
    db = Database(tmp_path / "talentgraph.sqlite3")
    await db.open()
    try:
        async with db.transaction() as conn:
            assert (await conn.execute_fetchall("PRAGMA busy_timeout"))[0][0] == 5000
    finally:
        await db.close()


def test_a_lock_released_by_another_thread_is_taken_by_the_polling_thread(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    sqlite3.connect(path).close()
    other = _other_process_writer(path)
    mine = sqlite3.connect(path, isolation_level=None, timeout=0)
    threading.Timer(0.1, lambda: other.execute("COMMIT")).start()
    begin_on_thread(mine, LockPolling(poll=0.001, patience=DEADLINE))
    assert mine.in_transaction
    mine.execute("COMMIT")
    mine.close()
    other.close()

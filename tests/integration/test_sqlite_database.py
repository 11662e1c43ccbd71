"""The SQLite file: migrations, pragmas, atomic transactions."""
from __future__ import annotations

import pytest

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.migrations import MIGRATIONS


async def test_every_migration_is_applied_once_and_reopening_applies_none_again(tmp_path):
    path = tmp_path / "t.sqlite3"
    for _ in range(2):
        database = Database(path)
        await database.open()
        rows = await database.fetch_all("SELECT version FROM schema_migrations ORDER BY version")
        assert [r[0] for r in rows] == [v for v, _ in MIGRATIONS]
        await database.close()


async def test_the_file_uses_wal_and_enforces_foreign_keys(db):
    assert (await db.fetch_one("PRAGMA journal_mode"))[0] == "wal"
    assert (await db.fetch_one("PRAGMA foreign_keys"))[0] == 1
    with pytest.raises(Exception, match="FOREIGN KEY"):
        await db.execute(
            "INSERT INTO jobs(id, organization_id, title, description, remote, employment_type, status, posted_at,"
            " updated_at) VALUES ('j', 'no-such-org', 't', 'd', 'ONSITE', 'FULL_TIME', 'OPEN', 'x', 'x')"
        )


async def test_both_connections_keep_a_page_cache_large_enough_for_the_matches_indexes(db):
    # SQLite's default (2 MiB) left most of a match write's random index pages uncached.
    assert (await db.fetch_one("PRAGMA cache_size"))[0] == -16384
    async with db.transaction() as writer:
        assert (await (await writer.execute("PRAGMA cache_size")).fetchone())[0] == -16384


async def test_a_failing_transaction_leaves_nothing_behind(db):
    with pytest.raises(RuntimeError):
        async with db.transaction() as conn:
            await conn.execute("INSERT INTO organizations(id, name, created_at) VALUES ('o1', 'Org', 'now')")
            raise RuntimeError("boom")
    assert await db.fetch_one("SELECT * FROM organizations") is None


async def test_a_writer_cancelled_while_beginning_leaves_no_transaction_open(db):
    """The BEGIN still runs on the connection's thread after its awaiting task is cancelled
    (queue workers and event handlers are cancelled at shutdown); the next writer must not
    find a transaction already open."""
    import asyncio

    async def write() -> None:
        async with db.transaction() as conn:
            await conn.execute("INSERT INTO organizations(id, name, created_at) VALUES ('o1', 'Org', 'now')")

    task = asyncio.create_task(write())
    await asyncio.sleep(0)  # the task holds the lock and awaits its BEGIN
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await db.execute("INSERT INTO organizations(id, name, created_at) VALUES ('o2', 'Org 2', 'now')")
    assert [r[0] for r in await db.fetch_all("SELECT id FROM organizations")] == ["o2"]

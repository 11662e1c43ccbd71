"""The session-and-user lookup behind every authenticated request is answered from memory
only while the file has not changed since (a commit by this process or any other): every
change is seen by the next call, and no read is answered from an old snapshot."""
from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.read_cache import ReadsUntilNextWrite
from adapters.embedded.sqlite.sessions import SqliteSessionRepository
from adapters.embedded.sqlite.user_admin import SqliteUserAdministration
from adapters.embedded.sqlite.users import SqliteUserRepository
from domain.sessions import Session
from domain.users import Role, User
from tests.integration.sqlite_statements import StatementLog, sql_log, traced_database, traced_db  # noqa: F401

NOW = datetime(2026, 1, 1, tzinfo=UTC)


async def person_with_session(db) -> SqliteSessionRepository:
    await SqliteUserRepository(db).add(User(id="u1", email="u1@example.com", name="U", role=Role.CANDIDATE,
                                            password_hash="x", created_at=NOW))
    sessions = SqliteSessionRepository(db)
    await sessions.create(Session(id="s1", user_id="u1", created_at=NOW, last_used_at=NOW,
                                  expires_at=NOW + timedelta(days=1)), "hash1")
    return sessions


async def test_a_repeated_lookup_is_answered_without_reading_the_file(traced_db, sql_log):
    sessions = await person_with_session(traced_db)
    first = await sessions.get_with_user("s1", "u1")
    statements = sql_log.record()  # what the database's connections run from now on
    again = await sessions.get_with_user("s1", "u1")
    assert statements == []
    assert again is first
    await sessions.get_with_user("s1", "someone else")  # never asked: read, and the log sees it
    assert statements


async def test_a_suspension_a_revocation_and_a_password_change_show_on_the_next_lookup(db):
    sessions = await person_with_session(db)
    await sessions.get_with_user("s1", "u1")
    await sessions.revoke("s1", NOW, "logout")
    session, _ = await sessions.get_with_user("s1", "u1")
    assert not session.active

    await sessions.create(Session(id="s2", user_id="u1", created_at=NOW, last_used_at=NOW,
                                  expires_at=NOW + timedelta(days=1)), "hash2")
    await sessions.get_with_user("s2", "u1")
    await SqliteUserRepository(db).replace_password("u1", "y")
    _, user = await sessions.get_with_user("s2", "u1")
    assert user.token_version == 1

    await SqliteUserAdministration(db).suspend("u1", NOW, "spam")
    session, user = await sessions.get_with_user("s2", "u1")
    assert user.suspended and not session.active


async def test_a_write_to_any_table_drops_what_was_kept(db):
    sessions = await person_with_session(db)
    first = await sessions.get_with_user("s1", "u1")
    await db.execute("INSERT INTO organizations(id, name, created_at) VALUES ('o1', 'Org', 'now')")
    assert await sessions.get_with_user("s1", "u1") is not first


async def test_an_answer_read_while_a_write_happened_is_not_kept(db):
    kept: ReadsUntilNextWrite[str] = ReadsUntilNextWrite(db)
    before = kept.stamp()
    await db.execute("INSERT INTO organizations(id, name, created_at) VALUES ('o1', 'Org', 'now')")
    kept.keep("k", "read before the write", before)
    assert kept.get("k") is None
    kept.keep("k", "read after it", kept.stamp())
    assert kept.get("k") == "read after it"


async def test_a_failed_or_cancelled_write_still_counts_as_a_write(db):
    before = db.write_generation
    try:
        await db.execute("INSERT INTO no_such_table VALUES (1)")
    except Exception:
        pass
    assert db.write_generation > before

    async def write() -> None:
        async with db.transaction() as conn:
            await conn.execute("INSERT INTO organizations(id, name, created_at) VALUES ('o1', 'Org', 'now')")
            await asyncio.sleep(10)

    task = asyncio.create_task(write())
    await asyncio.sleep(0.05)
    during = db.write_generation
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert db.write_generation > during
    assert await db.fetch_one("SELECT * FROM organizations") is None  # rolled back whole


async def test_kept_answers_are_bounded_oldest_first(db):
    kept: ReadsUntilNextWrite[int] = ReadsUntilNextWrite(db, max_entries=2)
    for n in range(3):
        kept.keep(n, n, kept.stamp())
    assert [kept.get(n) for n in range(3)] == [None, 1, 2]


def _new_session(session_id: str) -> Session:
    return Session(id=session_id, user_id="u1", created_at=NOW, last_used_at=NOW, expires_at=NOW + timedelta(days=1))


async def test_a_commit_by_another_process_drops_what_was_kept(db, tmp_path):
    """Two processes on one file: what one keeps must not outlive the other's commit."""
    sessions = await person_with_session(db)
    missing, _ = await sessions.get_with_user("s2", "u1")  # asked before it exists: kept as missing
    assert missing is None
    other_process = Database(db.path)
    await other_process.open()
    try:
        await SqliteSessionRepository(other_process).create(_new_session("s2"), "hash2")
        await SqliteUserAdministration(other_process).suspend("u1", NOW, "spam")
    finally:
        await other_process.close()
    session, user = await sessions.get_with_user("s2", "u1")
    assert session is not None and user.suspended


async def test_a_read_cancelled_half_way_leaves_no_old_snapshot_behind(tmp_path):
    """A request cancelled (a client gone, a timeout) while its read was under way must not pin
    the reading connection to the file as it was: a session created after it is found."""
    second_row_reached, go_on = threading.Event(), threading.Event()
    rows_seen = 0

    def hold_at_second_row(value: str) -> str:  # runs on the reading connection's thread
        nonlocal rows_seen
        rows_seen += 1
        if rows_seen == 2:
            second_row_reached.set()
            go_on.wait(10)
        return value

    log = StatementLog()
    log.add_function("hold_at_second_row", 1, hold_at_second_row)
    async with traced_database(tmp_path / "talentgraph.sqlite3", log) as db:
        sessions = await person_with_session(db)
        for n in range(3):
            await db.execute("INSERT INTO organizations(id, name, created_at) VALUES (?, 'Org', 'now')", (f"o{n}",))
        read = asyncio.create_task(db.fetch_one("SELECT hold_at_second_row(id) FROM organizations ORDER BY id"))
        assert await asyncio.to_thread(second_row_reached.wait, 10)
        read.cancel()
        kept_errors = []
        try:
            await read
        except asyncio.CancelledError as error:
            # Kept, as a log record, an error list or a reference cycle awaiting the collector may
            # keep a cancelled request's error, and with its traceback the frames it went through.
            kept_errors.append(error)
        go_on.set()
        await asyncio.sleep(0.05)  # the reading thread finishes what it was doing

        await sessions.create(_new_session("s2"), "hash2")
        session, _ = await sessions.get_with_user("s2", "u1")
        assert session is not None, "the new session was read from a snapshot taken before it"
        assert kept_errors

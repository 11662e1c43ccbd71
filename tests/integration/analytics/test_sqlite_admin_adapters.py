"""SQLite specifics: the database itself refuses to change audit records, and suspension is
one transaction over the user and every session."""
from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from adapters.embedded.sqlite.analytics import SqliteAnalyticsStore
from adapters.embedded.sqlite.sessions import SqliteSessionRepository
from adapters.embedded.sqlite.user_admin import SqliteUserAdministration
from adapters.embedded.sqlite.users import SqliteUserRepository
from domain.analytics import AuditRecord
from domain.pagination import PageRequest
from domain.sessions import Session
from domain.users import Role, User

NOW = datetime(2026, 1, 1, tzinfo=UTC)


async def test_the_database_refuses_to_update_or_delete_audit_records(db):
    await SqliteAnalyticsStore(db).record_audit(AuditRecord(id="r1", at=NOW, operation="login", outcome="OK"))
    for statement in ("UPDATE audit_log SET outcome = 'FORBIDDEN'", "DELETE FROM audit_log"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            await db.execute(statement)
    assert (await db.fetch_one("SELECT outcome FROM audit_log"))[0] == "OK"


async def add_person(db, user_id: str, **fields) -> User:
    user = User(id=user_id, email=f"{user_id}@example.com", name=fields.pop("name", user_id), role=Role.CANDIDATE,
                password_hash="x", created_at=fields.pop("created_at", NOW), **fields)
    await SqliteUserRepository(db).add(user)
    return user


async def test_suspension_bumps_the_token_version_and_revokes_every_session_at_once(db):
    await add_person(db, "u1")
    sessions = SqliteSessionRepository(db)
    for n in range(2):
        await sessions.create(Session(id=f"s{n}", user_id="u1", created_at=NOW, last_used_at=NOW,
                                      expires_at=NOW + timedelta(days=1)), f"hash{n}")
    admin = SqliteUserAdministration(db)
    user = await admin.suspend("u1", NOW, "spam")
    assert user.suspended and user.token_version == 1
    assert [s.active for s in await sessions.list_for_user("u1")] == [False, False]
    again = await admin.suspend("u1", NOW, "spam")
    assert again.token_version == 1  # suspending twice changes nothing more
    assert (await admin.reactivate("u1")).suspended is False
    assert await admin.suspend("ghost", NOW, "spam") is None


async def test_search_matches_email_or_name_case_insensitively_newest_first(db):
    await add_person(db, "ada", name="Ada Lovelace", created_at=NOW)
    await add_person(db, "grace", name="Grace Hopper", created_at=NOW + timedelta(hours=1))
    await add_person(db, "alan", name="Alan Turing", created_at=NOW + timedelta(hours=2))
    admin = SqliteUserAdministration(db)
    page = await admin.search("A", None, None, PageRequest(first=2))
    assert [u.id for u in page.items] == ["alan", "grace"] and page.total == 3
    assert [u.id for u in (await admin.search("LOVELACE", None, None, PageRequest())).items] == ["ada"]
    assert [u.id for u in (await admin.search("grace@example", None, None, PageRequest())).items] == ["grace"]
    rest = await admin.search("a", None, None, PageRequest(first=2, after=page.positions[-1]))
    assert [u.id for u in rest.items] == ["ada"] and not rest.has_next
    past_end = await admin.search("a", None, None, PageRequest(first=2, after=rest.positions[-1]))
    assert past_end.items == [] and past_end.total == 3
    assert (await admin.search("_", None, None, PageRequest())).total == 0

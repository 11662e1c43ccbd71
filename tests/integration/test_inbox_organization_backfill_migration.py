"""Migration 40 on a file a version-38 server left, with inbox entries kept before entries named
their organization: a recruiter's entry about an application to their organization's job gets
that organization (so someone who left it earlier sees it no more, and its row goes); what cannot
be tied to one (a candidate's own, a match, an application no longer found) stays its person's.
The same whether or not migration 39 (another change's) was applied first."""
from __future__ import annotations

import json

import pytest

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.inbox import SqliteInbox
from domain.inbox import notification_id
from domain.pagination import PageRequest
from domain.users import Role
from tests.integration.contract.repository_backends import a_job, a_user, an_application, at
from tests.integration.old_database import (
    add_application_as_before,
    add_job_as_before,
    add_user_as_before,
    database_before,
)

BACKFILL = 40
ANOTHER_CHANGES = 39


async def _kept_as_before(db: Database, user_id: str, minute: float, kind: str, data: dict) -> str:
    note_id = notification_id(at(minute))
    await db.execute(
        "INSERT INTO inbox(id, user_id, kind, subject, body_text, data, created_at) VALUES (?,?,?,?,?,?,?)",
        (note_id, user_id, kind, f"at {minute}", "Something happened", json.dumps(data), at(minute).isoformat()),
    )
    return note_id


async def _subjects(inbox: SqliteInbox, user_id: str) -> list[str]:
    (page,) = await inbox.pages([user_id], False, PageRequest(first=10, want_total=False))
    return [n.subject for n in page.items]


@pytest.mark.parametrize("with_39", [False, True], ids=["39 not applied", "39 applied first"])
async def test_old_entries_get_their_organization_and_those_of_people_who_left_go(tmp_path, with_39):
    path = tmp_path / "old.sqlite3"
    old = await database_before(path, BACKFILL - 1)
    founder, stayer, leaver = (a_user(Role.EMPLOYER, organization_id="o1", minute=m) for m in (0, 1, 2))
    candidate = a_user(minute=3)
    for person in (founder, stayer, leaver, candidate):
        await add_user_as_before(old, person)
    job = a_job("o1")
    await add_job_as_before(old, job)
    application, event = an_application(job.id, candidate.id)
    await add_application_as_before(old, application, event)
    about = {"applicationId": application.id}
    await _kept_as_before(old, stayer.id, 1, "application", about)
    await _kept_as_before(old, leaver.id, 2, "application", about)
    await _kept_as_before(old, leaver.id, 3, "application", {"applicationId": "not-found"})
    await _kept_as_before(old, leaver.id, 4, "match", {"matchId": "m1", "jobId": job.id})
    await _kept_as_before(old, candidate.id, 5, "application", about)
    # The leaver left before the inbox named organizations: that code removed no entry of theirs.
    await old.execute("UPDATE users SET organization_id = NULL WHERE id = ?", (leaver.id,))
    if with_39:
        await old.execute("INSERT INTO schema_migrations(version) VALUES (?)", (ANOTHER_CHANGES,))
    await old.close()

    db = Database(path)
    await db.open()
    try:
        inbox = SqliteInbox(db)
        rows = await db.fetch_all("SELECT user_id, subject, organization_id FROM inbox ORDER BY id")
        assert [(r["user_id"], r["subject"], r["organization_id"]) for r in rows] == [
            (stayer.id, "at 1", "o1"),
            (leaver.id, "at 3", None),
            (leaver.id, "at 4", None),
            (candidate.id, "at 5", None),
        ]
        assert await _subjects(inbox, stayer.id) == ["at 1"]
        assert await _subjects(inbox, leaver.id) == ["at 4", "at 3"]
        assert await inbox.unread_counts([stayer.id, leaver.id, candidate.id]) == [1, 2, 1]
        versions = {r["version"] for r in await db.fetch_all("SELECT version FROM schema_migrations")}
        assert BACKFILL in versions
    finally:
        await db.close()

"""Inbox entries a recruiter was kept before entries named their organization (the inbox table
of migration 36, without the column 38 adds) still go when they leave: found by the application
they name. The candidate's entries about the same application stay theirs."""
from __future__ import annotations

import json

from adapters.embedded.sqlite.applications import SqliteApplicationRepository
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.inbox import SqliteInbox
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from adapters.embedded.sqlite.organization_members import SqliteOrganizationMembers
from domain.inbox import notification_id
from domain.pagination import PageRequest
from domain.services.organization_inbox import OrganizationInbox
from domain.users import Role
from tests.integration.contract.repository_backends import a_job, a_user, an_application, at
from tests.integration.old_database import (
    add_application_as_before,
    add_job_as_before,
    add_user_as_before,
    database_before,
)

INBOX_ORGANIZATION = 38


async def _kept_as_before(db: Database, user_id: str, minute: float, data: dict) -> str:
    note_id = notification_id(at(minute))
    await db.execute(
        "INSERT INTO inbox(id, user_id, kind, subject, body_text, data, created_at) VALUES (?,?,?,?,?,?,?)",
        (note_id, user_id, "application", f"at {minute}", "An application moved", json.dumps(data),
         at(minute).isoformat()),
    )
    return note_id


async def test_entries_kept_before_the_migration_go_by_the_application_they_name(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = await database_before(path, INBOX_ORGANIZATION)
    founder, leaver = (a_user(Role.EMPLOYER, organization_id="o1", minute=m) for m in (0, 1))
    candidate = a_user(minute=2)
    for person in (founder, leaver, candidate):
        await add_user_as_before(old, person)
    job = a_job("o1")
    await add_job_as_before(old, job)  # the current repository names columns an old table lacks
    application, event = an_application(job.id, candidate.id)
    await add_application_as_before(old, application, event)
    await _kept_as_before(old, leaver.id, 1, {"applicationId": application.id})
    await _kept_as_before(old, leaver.id, 2, {"applicationId": "gone-since"})
    await _kept_as_before(old, candidate.id, 3, {"applicationId": application.id})
    await old.close()

    db = Database(path)
    await db.open()
    try:
        inbox = SqliteInbox(db)
        await SqliteOrganizationMembers(db).remove("o1", leaver.id, at(10), "left the organization")
        forgotten = await OrganizationInbox(inbox, SqliteApplicationRepository(db), SqliteJobRepository(db)).forget(
            leaver.id, "o1")

        assert forgotten == 1
        pages = await inbox.pages([leaver.id, candidate.id], False, PageRequest(first=10, want_total=False))
        assert [[n.subject for n in page.items] for page in pages] == [["at 2"], ["at 3"]]
        assert await inbox.unread_counts([leaver.id, candidate.id]) == [1, 1]
    finally:
        await db.close()

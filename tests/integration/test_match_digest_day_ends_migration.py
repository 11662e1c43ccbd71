"""Digest entries waiting at the upgrade were of UTC days: after migration 49 each ends at its
UTC midnight, so the day goes out then, as it would have, and not before."""
from __future__ import annotations

from datetime import UTC, datetime

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.match_digests import SqliteMatchDigests
from adapters.embedded.sqlite.outbox import SqliteOutbox
from domain.match_digest import compose_digest
from domain.users import Role
from tests.integration.contract.repository_backends import a_user
from tests.integration.old_database import add_user_as_before, database_before

_DAY_ENDS = 49


async def test_entries_waiting_at_the_upgrade_end_with_their_utc_day(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = await database_before(path, _DAY_ENDS)
    recruiter = a_user(Role.EMPLOYER, organization_id="o1").model_copy(update={"email_verified": True})
    await add_user_as_before(old, recruiter)
    await old.execute("INSERT INTO match_digest_entries(user_id, day, job_id, title, count, organization_id)"
                      " VALUES (?, '2026-12-07', 'j1', 'Staff Nurse', 3, 'o1')", (recruiter.id,))
    await old.close()

    migrated = Database(path)
    await migrated.open()
    try:
        outbox = SqliteOutbox(migrated)
        store = SqliteMatchDigests(migrated, outbox)
        assert await store.deliver_closed(datetime(2026, 12, 7, 23, 59, tzinfo=UTC), compose_digest, 50) == 0
        assert await store.deliver_closed(datetime(2026, 12, 8, tzinfo=UTC), compose_digest, 50) == 1
        rows = await migrated.fetch_all("SELECT subject FROM outbox WHERE user_id = ?", (recruiter.id,))
        assert [row[0] for row in rows] == ["Your new candidates for Monday 7 December: Staff Nurse (3)"]
    finally:
        await migrated.close()

"""On SQLite (another process's sends on a second connection to the same file): a leaving whose
inbox removal crashed shows the person nothing of the organization at once (pages, counts, by id,
marking read), their own entries stay, and the removal queued in the leaving's own transaction
takes the rows out of the file when a worker of the restarted services runs it
(tests/integration/leaving_crash.py)."""
from __future__ import annotations

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.outbox import SqliteOutboxNotifier
from gateway.backends.embedded import open_embedded
from gateway.bootstrap import open_services
from tests.integration.leaving_crash import crashing, finish_as_a_worker, leave_and_crash


async def test_a_leaving_whose_removal_crashed_shows_nothing_of_the_organization_and_is_finished(settings):
    async with open_embedded(settings) as adapters:
        db = Database(settings.database_path)
        await db.open()

        async def organization_rows(user_id: str) -> list[str]:
            rows = await db.fetch_all(
                "SELECT id FROM inbox WHERE user_id = ? AND organization_id IS NOT NULL", (user_id,))
            return [row["id"] for row in rows]

        try:
            async with open_services(settings, adapters=crashing(adapters)) as services:
                leavers = await leave_and_crash(services, SqliteOutboxNotifier(db), organization_rows)
            async with open_services(settings, adapters=adapters) as services:
                await finish_as_a_worker(services, leavers, organization_rows)
        finally:
            await db.close()

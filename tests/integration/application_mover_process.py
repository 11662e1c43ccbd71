"""A process for tests/integration/test_application_changes_across_processes.py that moves
applications through the real ApplicationService on the shared SQLite file, all at once
from a shared start moment, each from the version the caller last saw. Prints one line per
application: "moved ID" or "refused ID".

Run as: python -m tests.integration.application_mover_process DB START_AT ACTOR_ID STATUS APP_ID..."""
from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path


async def main(db_path: str, start_at: float, actor_id: str, status: str, application_ids: list[str]) -> None:
    from adapters.embedded.sqlite.applications import SqliteApplicationRepository
    from adapters.embedded.sqlite.database import Database
    from adapters.embedded.sqlite.jobs import SqliteJobRepository
    from adapters.embedded.sqlite.resumes import SqliteResumeRepository
    from adapters.embedded.sqlite.users import SqliteUserRepository
    from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
    from domain.applications import ApplicationStatus
    from domain.clock import SystemClock
    from domain.errors import Conflict
    from domain.services.applications import ApplicationService

    database = Database(Path(db_path))
    await database.open()
    try:
        queue = SqliteWorkQueue(database)
        service = ApplicationService(
            SqliteApplicationRepository(database, queue), SqliteJobRepository(database),
            SqliteResumeRepository(database), queue, SystemClock(),
        )
        (actor,) = await SqliteUserRepository(database).get_many([actor_id])

        async def move(application_id: str) -> str:
            try:
                await service.move(actor, application_id, ApplicationStatus(status), None, expected_version=1)
            except Conflict:
                return f"refused {application_id}"
            return f"moved {application_id}"

        early = start_at - time.time()
        print(f"ready {early:.3f} s before the start")
        await asyncio.sleep(max(0.0, early))
        for line in await asyncio.gather(*(move(a) for a in application_ids)):
            print(line)
    finally:
        await database.close()


if __name__ == "__main__":
    db, start, actor, status, *ids = sys.argv[1:]
    asyncio.run(main(db, float(start), actor, status, ids))

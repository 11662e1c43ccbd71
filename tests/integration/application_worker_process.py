"""A worker process for tests/integration/test_application_changes_across_processes.py:
opens the shared SQLite file and processes the given changes of the given applications,
all at once, from a shared start moment. Its notifier is slow (as sending mail is) and its
event bus appends every ApplicationUpdated to one file shared by the processes (O_APPEND
lines, so the file's order is the order in which the events went out).

Run as: python -m tests.integration.application_worker_process DB EVENTS START_AT VERSIONS APP_ID..."""
from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

from domain.events import ApplicationUpdated, DomainEvent


class SlowNotifier:
    async def send(self, messages) -> None:
        await asyncio.sleep(0.05)


class AppendingEventBus:
    def __init__(self, path: str) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    async def publish(self, event: DomainEvent) -> None:
        assert isinstance(event, ApplicationUpdated)
        os.write(self._fd, f"{event.application_id} {event.version} {os.getpid()}\n".encode())

    def subscribe(self, event_name, handler):
        return lambda: None


async def main(db_path: str, events_path: str, start_at: float, versions: list[int], application_ids: list[str]) -> None:
    from adapters.embedded.sqlite.application_leases import SqliteApplicationLeases
    from adapters.embedded.sqlite.applications import SqliteApplicationRepository
    from adapters.embedded.sqlite.database import Database
    from adapters.embedded.sqlite.jobs import SqliteJobRepository
    from adapters.embedded.sqlite.resumes import SqliteResumeRepository
    from adapters.embedded.sqlite.users import SqliteUserRepository
    from domain.services.application_processing import ApplicationProcessor

    database = Database(Path(db_path))
    await database.open()
    try:
        processor = ApplicationProcessor(
            SqliteApplicationRepository(database), SqliteJobRepository(database), SqliteResumeRepository(database),
            SqliteUserRepository(database), SlowNotifier(), AppendingEventBus(events_path),
            leases=SqliteApplicationLeases(database),  # as gateway/backends/embedded.py wires it
        )
        early = start_at - time.time()
        print(f"ready {early:.3f} s before the start")  # the test checks no process came late
        await asyncio.sleep(max(0.0, early))
        await asyncio.gather(*(processor.process(application_id, version)
                               for application_id in application_ids for version in versions))
    finally:
        await database.close()


if __name__ == "__main__":
    db, events, start, versions, *ids = sys.argv[1:]
    asyncio.run(main(db, events, float(start), [int(v) for v in versions.split(",")], ids))

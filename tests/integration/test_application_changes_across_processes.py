"""Two worker processes sharing one SQLite file, handed the changes of the same
applications at the same moment (versions 1 and 3 to one, 2 and 4 to the other, as a
shared queue may well hand them out): each application's ApplicationUpdated events still go
out once per change and in version order. An in-process lock cannot see the other process;
the order has to be kept by the database."""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

from domain.applications import ApplicationEvent, ApplicationStatus
from tests.integration.contract.repository_backends import (
    a_candidate,
    a_job,
    a_resume,
    an_application,
    an_employer,
)

ROOT = Path(__file__).resolve().parents[2]
MOVES = (ApplicationStatus.SCREENING, ApplicationStatus.INTERVIEW, ApplicationStatus.OFFER)


async def _applications_with_four_changes(db_path: Path, count: int) -> list[str]:
    from adapters.embedded.sqlite.applications import SqliteApplicationRepository
    from adapters.embedded.sqlite.database import Database
    from adapters.embedded.sqlite.jobs import SqliteJobRepository
    from adapters.embedded.sqlite.resumes import SqliteResumeRepository
    from adapters.embedded.sqlite.users import (
        SqliteOrganizationRepository,
        SqliteUserRepository,
    )

    database = Database(db_path)
    await database.open()
    try:
        store = SimpleNamespace(
            users=SqliteUserRepository(database), organizations=SqliteOrganizationRepository(database),
            jobs=SqliteJobRepository(database), resumes=SqliteResumeRepository(database),
            applications=SqliteApplicationRepository(database),
        )
        employer, organization = await an_employer(store)
        job = a_job(organization.id)
        await store.jobs.add(job)
        ids = []
        for _ in range(count):
            candidate = await a_candidate(store)
            resume = a_resume(candidate.id)
            await store.resumes.add(resume, 5)
            application, event = an_application(job.id, candidate.id, resume.id)
            await store.applications.add(application, event)
            for version, status in enumerate(MOVES, start=1):
                moved = application.model_copy(update={"status": status})
                step = ApplicationEvent(status=status, at=application.created_at, by_user_id=employer.id)
                application = await store.applications.transition(moved, step, version)
            ids.append(application.id)
        return ids
    finally:
        await database.close()


def _worker(db_path: Path, events: Path, start_at: float, versions: str, ids: list[str]) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.integration.application_worker_process", str(db_path), str(events),
         str(start_at), versions, *ids],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


async def test_two_processes_publish_each_applications_changes_once_and_in_version_order(tmp_path):
    db_path, events = tmp_path / "talentgraph.db", tmp_path / "events.log"
    ids = await _applications_with_four_changes(db_path, count=6)
    start_at = time.time() + 6.0  # both interpreters up and the file open before anything runs
    workers = [_worker(db_path, events, start_at, versions, ids) for versions in ("1,3", "2,4")]
    outputs = await asyncio.gather(*(asyncio.to_thread(w.communicate, timeout=120) for w in workers))
    for worker, (stdout, stderr) in zip(workers, outputs):
        assert worker.returncode == 0, stderr
        # Both were waiting before the start moment: they truly ran side by side.
        assert stdout.startswith("ready ") and float(stdout.split()[1]) > 0, stdout
    published: dict[str, list[int]] = defaultdict(list)
    for line in events.read_text().splitlines():
        application_id, version, _pid = line.split()
        published[application_id].append(int(version))
    assert {application_id: published[application_id] for application_id in ids} \
        == {application_id: [1, 2, 3, 4] for application_id in ids}


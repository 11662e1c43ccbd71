"""Two processes sharing one SQLite file, working on the same applications at the same
moment. Moving: two people move one application from the version they both saw; one move
wins, the other is refused, and the history and the queued work hold the winner's change
only. Processing: two worker processes handed the changes of the same applications (versions
1 and 3 to one, 2 and 4 to the other, as a shared queue may well hand them out) still send
each application's ApplicationUpdated events once per change and in version order. An
in-process lock cannot see the other process; the order has to be kept by the database."""
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


async def _applications(db_path: Path, count: int, moves=MOVES) -> tuple[str, list[str]]:
    """The employer's id, and `count` applications to its job, each moved through `moves`."""
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
            for version, status in enumerate(moves, start=1):
                moved = application.model_copy(update={"status": status})
                step = ApplicationEvent(status=status, at=application.created_at, by_user_id=employer.id)
                application = await store.applications.transition(moved, step, version)
            ids.append(application.id)
        return employer.id, ids
    finally:
        await database.close()


def _process(module: str, *args: object) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", f"tests.integration.{module}", *map(str, args)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


async def _outputs_of_both(processes: list[subprocess.Popen]) -> list[list[str]]:
    """Each process's lines after its "ready" one, which says it waited for the start
    moment (so both truly ran side by side)."""
    outputs = await asyncio.gather(*(asyncio.to_thread(p.communicate, timeout=120) for p in processes))
    lines = []
    for process, (stdout, stderr) in zip(processes, outputs):
        assert process.returncode == 0, stderr
        ready, *rest = stdout.splitlines()
        assert ready.startswith("ready ") and float(ready.split()[1]) > 0, stdout
        lines.append(rest)
    return lines


async def test_two_processes_moving_one_application_from_the_same_version_one_wins(tmp_path):
    import sqlite3

    db_path = tmp_path / "talentgraph.db"
    employer_id, ids = await _applications(db_path, count=8, moves=())
    start_at = time.time() + 6.0
    targets = ("SCREENING", "REJECTED")
    lines = await _outputs_of_both([
        _process("application_mover_process", db_path, start_at, employer_id, target, *ids) for target in targets])
    outcomes = {target: dict(reversed(line.split()) for line in out) for target, out in zip(targets, lines)}
    with sqlite3.connect(db_path) as db:
        for application_id in ids:
            won = [t for t in targets if outcomes[t][application_id] == "moved"]
            assert len(won) == 1, (application_id, outcomes)
            status, version = db.execute("SELECT status, version FROM applications WHERE id = ?",
                                         (application_id,)).fetchone()
            history = [row[0] for row in db.execute(
                "SELECT status FROM application_events WHERE application_id = ? ORDER BY id", (application_id,))]
            queued = [row[0] for row in db.execute(
                "SELECT json_extract(payload, '$.change.to_status') FROM work_items WHERE dedupe_key LIKE ?",
                (f"application:{application_id}:%",))]
            assert (status, version, history) == (won[0], 2, ["SUBMITTED", won[0]])
            assert queued == [won[0]]  # the loser's work was never stored (the helper stored none for v1)


async def test_two_processes_publish_each_applications_changes_once_and_in_version_order(tmp_path):
    db_path, events = tmp_path / "talentgraph.db", tmp_path / "events.log"
    _, ids = await _applications(db_path, count=6)
    start_at = time.time() + 6.0  # both interpreters up and the file open before anything runs
    await _outputs_of_both([_process("application_worker_process", db_path, events, start_at, versions, *ids)
                            for versions in ("1,3", "2,4")])
    published: dict[str, list[int]] = defaultdict(list)
    for line in events.read_text().splitlines():
        application_id, version, _pid = line.split()
        published[application_id].append(int(version))
    assert {application_id: published[application_id] for application_id in ids} \
        == {application_id: [1, 2, 3, 4] for application_id in ids}


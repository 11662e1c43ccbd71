"""Applying as the job's closing time comes, while the worker's sweep closes it, on both
backends: each application is either stored while the job was OPEN (and then told of the
close, once) or refused with JOB_CLOSED (by the service's clock check or by the write's own
check of the job's status), never stored on a closed job. On SQLite the sweep runs on its own
connection to the file, as the worker process would."""
from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime, timedelta

import pytest

from domain.clock import SystemClock
from domain.errors import Conflict
from domain.jobs import JobStatus
from domain.pagination import PageRequest
from domain.services.applications import ApplicationService
from domain.services.job_closure_notices import JobClosureNotices
from domain.services.jobs import JobService
from tests.fakes.accounts import RecordingEventBus
from tests.fakes.work_queue import InMemoryWorkQueue
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import a_candidate, a_job, a_resume, an_employer, repositories_on
from tests.integration.contract.test_apply_races_close_contract import _Heard

CANDIDATES = 3


@pytest.fixture(params=BACKENDS)
async def sides(request, database, aws_clients, aws_names):
    applying = await repositories_on(request.param, database, aws_clients, aws_names)
    if request.param != "embedded":
        yield applying, applying, 8, 8.0  # moto answers over HTTP: the window is wider
        return
    from adapters.embedded.sqlite.database import Database

    other = Database(database.path)
    await other.open()
    try:
        yield applying, await repositories_on("embedded", other, aws_clients, aws_names), 20, 1.0
    finally:
        await other.close()


async def test_an_application_at_the_closing_time_is_stored_before_the_close_or_refused(sides):
    applying, sweeping, rounds, scale = sides
    rng = random.Random(3)
    _, organization = await an_employer(applying)
    people = []
    for _ in range(CANDIDATES):
        candidate = await a_candidate(applying)
        resume = a_resume(candidate.id)
        await applying.resumes.add(resume, max_per_owner=5)
        people.append((candidate, resume))
    clock = SystemClock()
    applications = ApplicationService(applying.applications, applying.jobs, applying.resumes, InMemoryWorkQueue(),
                                      clock)
    sweep = JobService(sweeping.jobs, None, RecordingEventBus(), clock)  # type: ignore[arg-type]
    heard = _Heard()
    notices = JobClosureNotices(sweeping.applications, sweeping.jobs, heard, heard)  # type: ignore[arg-type]
    stored_total = refused_total = 0

    # More rounds over a wider window while one side of the race has not been run (a loaded
    # machine's moto answering slower than the window), up to three times as many.
    for round_number in range(3 * rounds):
        if round_number >= rounds and stored_total > 0 and refused_total > 0:
            break
        if round_number >= rounds:
            scale = min(scale * 1.5, 64.0)
        closes_at = datetime.now(UTC) + timedelta(milliseconds=15 * scale)
        job = a_job(organization.id, closes_at=closes_at)
        await applying.jobs.add(job)

        async def close_when_due(closes_at: datetime = closes_at, scale: float = scale) -> None:
            # The sweep's pass lands at the closing time or a little after, as a periodic one does.
            due_in = (closes_at - datetime.now(UTC)).total_seconds()
            await asyncio.sleep(max(0.0, due_in) + 0.001 + rng.uniform(0, 0.01 * scale))
            assert await sweep.close_due() >= 1

        async def apply_around_then(candidate, resume, job_id: str = job.id, scale: float = scale):
            await asyncio.sleep(rng.uniform(0.005, 0.03) * scale)
            return await applications.apply(candidate, job_id, resume.id, None)

        outcomes = await asyncio.gather(
            close_when_due(), *(apply_around_then(c, r) for c, r in people), return_exceptions=True)
        assert outcomes[0] is None, outcomes[0]
        for outcome in outcomes[1:]:
            if isinstance(outcome, BaseException):
                assert isinstance(outcome, Conflict) and outcome.extensions["reason"] == "JOB_CLOSED", outcome
        (closed,) = await applying.jobs.get_many([job.id])
        assert closed.status is JobStatus.CLOSED and closed.closed_at == closes_at
        await notices.notify(job.id, closed.updated_at.isoformat())
        (stored,) = await applying.applications.by_jobs([job.id], None, PageRequest(first=100, want_total=False))
        accepted = {a.id for a in outcomes[1:] if not isinstance(a, BaseException)}
        assert {a.id for a in stored.items} == accepted
        for application_id in accepted:
            # Stored while the job was open: its candidate hears of the close, once.
            assert (heard.messages[application_id], heard.events[application_id]) == (1, 1), application_id
        stored_total += len(accepted)
        refused_total += CANDIDATES - len(accepted)
    assert stored_total > 0 and refused_total > 0  # both sides of the race were run

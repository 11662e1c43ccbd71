"""Applying and closing the same job at once, on both backends: an application either is
refused (the job closed first) or is stored before the close and hears of it, once. The job's
OPEN status is asked in the very write that stores the application; a service that read it
open a moment earlier is no proof. On SQLite the applying and the closing side are two
connections to one file, as two processes; a seam lets the apply's read of the job go stale
for a random moment, and the close's notices are sent as soon as it commits (a fast worker)."""
from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import Sequence

import pytest

from domain.clock import SystemClock
from domain.errors import Conflict
from domain.events import ApplicationUpdated
from domain.jobs import Job, JobStatus
from domain.ports.notifications import Message
from domain.services.applications import ApplicationService
from domain.services.job_closure_notices import JobClosureNotices, closure_notice_work
from tests.fakes.work_queue import InMemoryWorkQueue
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import a_candidate, a_job, a_resume, an_employer, repositories_on

CANDIDATES = 3


class _Heard:
    """The notifier and the event bus of the closing side, counting notices per application."""

    def __init__(self) -> None:
        self.messages: Counter[str] = Counter()
        self.events: Counter[str] = Counter()

    async def send(self, messages: list[Message]) -> None:
        for message in messages:
            self.messages[str(message.data["applicationId"])] += 1

    async def publish(self, event: ApplicationUpdated) -> None:
        self.events[event.application_id] += 1


class _StaleReads:
    """The job repository as the applying service sees it, its reads a random moment old."""

    def __init__(self, jobs, rng: random.Random) -> None:
        self._jobs, self._rng = jobs, rng
        self.read_open: Counter[str] = Counter()

    async def get_many(self, ids: Sequence[str]) -> list[Job | None]:
        found = await self._jobs.get_many(ids)
        self.read_open.update(job.id for job in found if job is not None and job.status is JobStatus.OPEN)
        await asyncio.sleep(self._rng.uniform(0, 0.02))
        return found


@pytest.fixture(params=BACKENDS)
async def sides(request, database, aws_clients, aws_names, tmp_path):
    applying = await repositories_on(request.param, database, aws_clients, aws_names)
    if request.param != "embedded":
        yield applying, applying, 12
        return
    from adapters.embedded.sqlite.database import Database

    other = Database(database.path)
    await other.open()
    try:
        yield applying, await repositories_on("embedded", other, aws_clients, aws_names), 40
    finally:
        await other.close()


async def test_an_application_racing_the_close_is_refused_or_told_once(sides):
    applying, closing, rounds = sides
    rng = random.Random(7)
    _, organization = await an_employer(applying)
    people = []
    for _ in range(CANDIDATES):
        candidate = await a_candidate(applying)
        resume = a_resume(candidate.id)
        await applying.resumes.add(resume, max_per_owner=5)
        people.append((candidate, resume))
    stale = _StaleReads(applying.jobs, rng)
    service = ApplicationService(applying.applications, stale, applying.resumes, InMemoryWorkQueue(), SystemClock())
    heard = _Heard()
    notices = JobClosureNotices(closing.applications, closing.jobs, heard, heard)  # type: ignore[arg-type]
    refused_after_reading_open = 0

    for _ in range(rounds):
        job = a_job(organization.id)
        await applying.jobs.add(job)

        async def close(job: Job = job) -> None:
            await asyncio.sleep(rng.uniform(0, 0.02))
            closed = job.model_copy(update={"status": JobStatus.CLOSED})
            assert await closing.jobs.update(closed, work=[closure_notice_work(closed)],
                                             expected_updated_at=job.updated_at)
            await notices.notify(job.id, closed.updated_at.isoformat())

        outcomes = await asyncio.gather(
            close(), *(service.apply(c, job.id, r.id, None) for c, r in people), return_exceptions=True)
        assert outcomes[0] is None, outcomes[0]
        for outcome in outcomes[1:]:
            if isinstance(outcome, BaseException):
                assert isinstance(outcome, Conflict) and outcome.extensions["reason"] == "JOB_CLOSED", outcome
        (stored,) = await applying.applications.by_jobs([job.id], None, _page())
        accepted = {a.id for a in outcomes[1:] if not isinstance(a, BaseException)}
        assert {a.id for a in stored.items} == accepted
        for application_id in accepted:
            assert (heard.messages[application_id], heard.events[application_id]) == (1, 1), application_id
        # Refusals only the write itself could make: the service had read the job open.
        refused_after_reading_open += stale.read_open[job.id] - len(accepted)
    assert refused_after_reading_open > 0  # the race was run, not only its two calm ends


def _page():
    from domain.pagination import PageRequest

    return PageRequest(first=100, want_total=False)

"""Applying again after a withdrawal, on both backends: the same application goes back to
SUBMITTED (its version moved on, its history kept), and every employer-side view of it (the
job's and the organization's pipelines filtered by status, the per-status counts: on DynamoDB
GSIs and counter items) shows it there and no longer under WITHDRAWN. Tabs sending it again at
once reopen it exactly once; the others hear CONFLICT. A close racing the reopen either
commits first (the reopen is refused, JOB_CLOSED) or after it, never a reopen onto a closed
job. On SQLite each tab is its own connection to one file, as separate processes would be."""
from __future__ import annotations

import asyncio
import random

import pytest

from domain.applications import ApplicationStatus, PipelineFilter
from domain.clock import SystemClock
from domain.errors import Conflict
from domain.jobs import JobStatus
from domain.pagination import PageRequest
from domain.services.applications import ApplicationService
from tests.fakes.work_queue import InMemoryWorkQueue
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import a_candidate, a_job, a_resume, an_employer, repositories_on

TABS = 4
PAGE = PageRequest(first=50, want_total=False)


@pytest.fixture(params=BACKENDS)
async def tabs(request, database, aws_clients, aws_names):
    """The repositories as each tab's request sees them (one connection each on SQLite)."""
    first = await repositories_on(request.param, database, aws_clients, aws_names)
    if request.param != "embedded":
        yield [first] * TABS
        return
    from adapters.embedded.sqlite.database import Database

    others = [Database(database.path) for _ in range(TABS - 1)]
    for other in others:
        await other.open()
    try:
        yield [first, *[await repositories_on("embedded", o, aws_clients, aws_names) for o in others]]
    finally:
        for other in others:
            await other.close()


def _service(repositories) -> ApplicationService:
    return ApplicationService(repositories.applications, repositories.jobs, repositories.resumes,
                              InMemoryWorkQueue(), SystemClock())


async def _withdrawn(repositories, letter: str | None = "Hello"):
    """An organization's open job and a candidate whose application to it (sent with `letter`)
    was withdrawn."""
    employer, organization = await an_employer(repositories)
    job = a_job(organization.id)
    await repositories.jobs.add(job)
    candidate = await a_candidate(repositories)
    resume = a_resume(candidate.id)
    await repositories.resumes.add(resume, max_per_owner=5)
    service = _service(repositories)
    application = await service.apply(candidate, job.id, resume.id, letter)
    await service.move(candidate, application.id, ApplicationStatus.WITHDRAWN, None)
    return organization, job, candidate, resume, application


async def _ids(pages) -> list[str]:
    (page,) = pages
    return [a.id for a in page.items]


async def test_tabs_sending_a_withdrawn_application_again_reopen_it_once(tabs):
    organization, job, candidate, resume, application = await _withdrawn(tabs[0])
    outcomes = await asyncio.gather(*(_service(t).apply(candidate, job.id, resume.id, None) for t in tabs),
                                    return_exceptions=True)
    reopened = [o for o in outcomes if not isinstance(o, BaseException)]
    refused = [o for o in outcomes if isinstance(o, BaseException)]
    assert len(reopened) == 1, outcomes
    assert all(isinstance(o, Conflict) and o.extensions["existingStatus"] == "SUBMITTED" for o in refused), refused
    assert reopened[0].id == application.id and reopened[0].version == 3

    repositories = tabs[0]
    (stored,) = await repositories.applications.get_many([application.id])
    assert stored.status is ApplicationStatus.SUBMITTED and stored.version == 3
    (history,) = await repositories.applications.histories([application.id])
    assert [(e.status, e.by_user_id) for e in history] == [
        (ApplicationStatus.SUBMITTED, candidate.id), (ApplicationStatus.WITHDRAWN, candidate.id),
        (ApplicationStatus.SUBMITTED, candidate.id)]

    apps = repositories.applications
    submitted, withdrawn = ApplicationStatus.SUBMITTED, ApplicationStatus.WITHDRAWN
    assert await _ids(await apps.by_jobs([job.id], submitted, PAGE)) == [application.id]
    assert await _ids(await apps.by_jobs([job.id], withdrawn, PAGE)) == []
    assert await _ids(await apps.by_candidates([candidate.id], submitted, PAGE)) == [application.id]
    assert await _ids(await apps.by_organizations([organization.id], PipelineFilter(status=submitted), PAGE)) \
        == [application.id]
    assert await _ids(await apps.by_organizations([organization.id], PipelineFilter(status=withdrawn), PAGE)) == []
    assert await _ids(await apps.by_organizations(
        [organization.id], PipelineFilter(status=submitted, job_id=job.id), PAGE)) == [application.id]
    (counts,) = await apps.counts_by_status([job.id])
    assert {s: n for s, n in counts.items() if n} == {"SUBMITTED": 1}


async def test_a_reopen_racing_the_close_is_refused_or_lands_before_it(tabs):
    rng = random.Random(11)
    reopened_before_close = refused = 0
    for _ in range(6):
        _, job, candidate, resume, application = await _withdrawn(tabs[0])

        async def close(job=job) -> None:
            await asyncio.sleep(rng.uniform(0, 0.01))
            closed = job.model_copy(update={"status": JobStatus.CLOSED})
            assert await tabs[1].jobs.update(closed, expected_updated_at=job.updated_at)

        withdrawn = application.model_copy(update={"status": ApplicationStatus.WITHDRAWN, "version": 2})

        async def reopen(candidate=candidate, withdrawn=withdrawn):
            await asyncio.sleep(rng.uniform(0, 0.01))
            # As the service goes on after reading the job open: the write's own check decides.
            return await _service(tabs[-1])._reopen(candidate, withdrawn, withdrawn.resume_id, None)

        _, outcome = await asyncio.gather(close(), reopen(), return_exceptions=True)
        (stored,) = await tabs[0].applications.get_many([application.id])
        if isinstance(outcome, BaseException):
            assert isinstance(outcome, Conflict) and outcome.extensions["reason"] == "JOB_CLOSED", outcome
            assert stored.status is ApplicationStatus.WITHDRAWN and stored.version == 2
            refused += 1
        else:
            assert stored.status is ApplicationStatus.SUBMITTED and stored.version == 3
            reopened_before_close += 1
    # After the close, a reopen is refused whatever the service read.
    assert refused + reopened_before_close == 6
    _, job, candidate, resume, application = await _withdrawn(tabs[0])
    await tabs[0].jobs.update(job.model_copy(update={"status": JobStatus.CLOSED}), expected_updated_at=job.updated_at)
    with pytest.raises(Conflict) as closed:
        await _service(tabs[0])._reopen(candidate, application.model_copy(
            update={"status": ApplicationStatus.WITHDRAWN, "version": 2}), resume.id, None)
    assert closed.value.extensions["reason"] == "JOB_CLOSED"

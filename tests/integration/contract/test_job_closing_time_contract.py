"""A job's closing time on every backend and the fake: stored, moved, cleared and read back;
`due_to_close` lists the OPEN jobs whose time has come, soonest first, never a closed job, one
not yet due or one without a closing time (SQLite: a partial index; DynamoDB: GSI5's
JOBS#CLOSING partition, which a job item leaves when it closes or its time is cleared)."""
from __future__ import annotations

from datetime import timedelta

from domain.jobs import JobStatus
from tests.integration.contract.job_backends import repositories  # noqa: F401
from tests.integration.contract.repository_backends import a_job, an_employer, at


async def test_a_closing_time_is_kept_through_storage_updates_and_clearing(repositories):
    _, organization = await an_employer(repositories)
    plain, closing = a_job(organization.id), a_job(organization.id, minute=1, closes_at=at(60))
    await repositories.jobs.add(plain)
    await repositories.jobs.add(closing)
    assert [j.closes_at for j in await repositories.jobs.get_many([plain.id, closing.id])] == [None, at(60)]
    moved = closing.model_copy(update={"closes_at": at(90) + timedelta(microseconds=250)})
    assert await repositories.jobs.update(moved)
    assert await repositories.jobs.get_many([closing.id]) == [moved]
    cleared = moved.model_copy(update={"closes_at": None})
    assert await repositories.jobs.update(cleared)
    assert await repositories.jobs.get_many([closing.id]) == [cleared]


async def test_jobs_due_to_close_are_the_open_ones_whose_time_came_soonest_first(repositories):
    _, organization = await an_employer(repositories)
    later = a_job(organization.id, closes_at=at(30))
    sooner = a_job(organization.id, minute=1, closes_at=at(10))
    not_yet = a_job(organization.id, minute=2, closes_at=at(120))
    never = a_job(organization.id, minute=3)
    cleared = a_job(organization.id, minute=4, closes_at=at(5))
    closed = a_job(organization.id, minute=5, closes_at=at(5))
    for job in (later, sooner, not_yet, never, cleared, closed):
        await repositories.jobs.add(job)
    assert await repositories.jobs.update(cleared.model_copy(update={"closes_at": None}))
    assert await repositories.jobs.update(closed.model_copy(update={"status": JobStatus.CLOSED, "closed_at": at(6)}))

    assert [j.id for j in await repositories.jobs.due_to_close(at(60), 10)] == [sooner.id, later.id]
    assert [j.id for j in await repositories.jobs.due_to_close(at(60), 1)] == [sooner.id]
    assert [j.id for j in await repositories.jobs.due_to_close(at(10), 10)] == [sooner.id]  # at its time: due
    assert await repositories.jobs.due_to_close(at(9), 10) == []

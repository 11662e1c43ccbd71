"""An edit read before a job's closing time but written at or after it is refused by the
write itself, on every backend and the fake: the write's condition compares the stored
`closes_at` with the clock read as the write is made (SQLite: in the UPDATE's WHERE, holding
the write lock; DynamoDB: in the put's ConditionExpression), so no edit lands on a job whose
time has come, however long it took between the service's check and the write."""
from __future__ import annotations

from datetime import timedelta, timezone

import pytest

from domain.errors import Conflict
from domain.jobs import JobStatus
from domain.services.jobs import JobService
from tests.fakes.accounts import FixedClock, RecordingEventBus
from tests.integration.contract.job_backends import repositories  # noqa: F401
from tests.integration.contract.repository_backends import a_job, an_employer, at

PARIS = timezone(timedelta(hours=1))


async def test_a_write_made_at_or_after_the_stored_closing_time_is_refused(repositories):
    _, organization = await an_employer(repositories)
    job = a_job(organization.id, closes_at=at(60))
    await repositories.jobs.add(job)
    late = job.model_copy(update={"title": "Night nurse", "updated_at": at(61)})
    for now in (at(60), at(61)):
        assert not await repositories.jobs.update(late, expected_updated_at=job.updated_at,
                                                  open_as_of=FixedClock(now))
    assert await repositories.jobs.get_many([job.id]) == [job]
    # The stored closing time is the one compared, not the one written: moving it later in
    # the same write does not let the write through.
    moved = late.model_copy(update={"closes_at": at(600)})
    assert not await repositories.jobs.update(moved, open_as_of=FixedClock(at(60)))
    in_time = job.model_copy(update={"title": "Night nurse", "updated_at": at(59)})
    assert await repositories.jobs.update(in_time, expected_updated_at=job.updated_at,
                                          open_as_of=FixedClock(at(60) - timedelta(microseconds=1)))
    assert await repositories.jobs.get_many([job.id]) == [in_time]


async def test_the_closing_time_is_compared_as_a_moment_whatever_its_offset_and_precision(repositories):
    _, organization = await an_employer(repositories)
    closes_at = (at(60) + timedelta(microseconds=250)).astimezone(PARIS)
    job = a_job(organization.id, closes_at=closes_at)
    await repositories.jobs.add(job)
    edited = job.model_copy(update={"location": "Leeds", "updated_at": at(1)})
    assert not await repositories.jobs.update(edited, open_as_of=FixedClock(closes_at.astimezone(PARIS)))
    assert await repositories.jobs.update(edited, open_as_of=FixedClock(at(60)))


async def test_a_job_without_a_closing_time_takes_edits_and_a_closed_one_none(repositories):
    _, organization = await an_employer(repositories)
    open_ended = a_job(organization.id)
    closed = a_job(organization.id, minute=1, status=JobStatus.CLOSED, closed_at=at(2))
    for job in (open_ended, closed):
        await repositories.jobs.add(job)
    far_later = FixedClock(at(60 * 24 * 365))
    assert await repositories.jobs.update(open_ended.model_copy(update={"title": "Night nurse"}), open_as_of=far_later)
    assert not await repositories.jobs.update(closed.model_copy(update={"title": "Night nurse"}), open_as_of=far_later)
    assert (await repositories.jobs.get_many([closed.id]))[0] == closed


class _WrittenLater:
    """The job repository, its writes made two minutes after they were asked for (as a write
    held up by a slow disk, a busy lock or the network would be)."""

    def __init__(self, jobs, clock: FixedClock) -> None:
        self._jobs = jobs
        self._clock = clock

    async def update(self, job, work=(), **conditions):
        self._clock.advance(minutes=2)
        return await self._jobs.update(job, work, **conditions)

    def __getattr__(self, name):
        return getattr(self._jobs, name)


@pytest.mark.parametrize("change", [{"location": "Leeds"}, {"closes_at": at(600)}, {"closes_at": None}])
async def test_an_edit_checked_before_the_closing_time_and_written_after_is_refused(repositories, change):
    employer, organization = await an_employer(repositories)
    job = a_job(organization.id, closes_at=at(60))
    await repositories.jobs.add(job)
    clock = FixedClock(at(59))  # checked a minute before the closing time, written a minute after
    service = JobService(_WrittenLater(repositories.jobs, clock), None, RecordingEventBus(), clock)  # type: ignore[arg-type]
    with pytest.raises(Conflict) as refused:
        await service.update(employer, job.id, change)
    assert "closed and can no longer be changed" in refused.value.message
    assert refused.value.extensions["jobId"] == job.id
    assert await repositories.jobs.get_many([job.id]) == [job]


async def test_an_edit_written_before_the_closing_time_lands(repositories):
    employer, organization = await an_employer(repositories)
    job = a_job(organization.id, closes_at=at(60))
    await repositories.jobs.add(job)
    clock = FixedClock(at(57))
    service = JobService(_WrittenLater(repositories.jobs, clock), None, RecordingEventBus(), clock)  # type: ignore[arg-type]
    edited = await service.update(employer, job.id, {"location": "Leeds"})
    assert await repositories.jobs.get_many([job.id]) == [edited] and edited.location == "Leeds"

"""A job's closing time: set only in the future (a BAD_USER_INPUT naming `closesAt` otherwise),
cleared with null, and at that time the sweep closes the job as its team's close does (the
same notices, events and matching work), `closed_at` the closing time. Search leaves a job
past its closing time out before the sweep runs."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.errors import BadUserInput, Conflict
from domain.events import JobClosed
from domain.jobs import Job, JobFilter, JobStatus
from domain.pagination import PageRequest
from domain.services.job_closure_notices import NOTIFY_JOB_CLOSED
from domain.services.jobs import JobService
from domain.users import Role, User
from tests.fakes.accounts import FixedClock, RecordingEventBus
from tests.fakes.jobs import FakeJobs

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
RECRUITER = User(id="r1", email="r1@example.com", name="R", role=Role.EMPLOYER, organization_id="o1",
                 password_hash="x", created_at=NOW)


def _job(job_id: str, closes_in: timedelta | None) -> Job:
    return Job(id=job_id, organization_id="o1", title="Ward nurse", description="Nights on the ward.",
               posted_at=NOW, updated_at=NOW, closes_at=None if closes_in is None else NOW + closes_in)


def _service(jobs: FakeJobs, clock: FixedClock, events: RecordingEventBus | None = None) -> JobService:
    return JobService(jobs, None, events or RecordingEventBus(), clock)  # type: ignore[arg-type]


@pytest.mark.parametrize("closes_at", [NOW, NOW - timedelta(minutes=1)])
async def test_a_closing_time_not_in_the_future_is_refused_with_what_to_send(closes_at):
    service = _service(FakeJobs([_job("j1", None)]), FixedClock(NOW))
    with pytest.raises(BadUserInput) as refused:
        await service.update(RECRUITER, "j1", {"closes_at": closes_at})
    assert refused.value.extensions["field"] == "closesAt"
    assert "in the future" in refused.value.message and "null" in refused.value.message


async def test_a_closing_time_without_a_time_zone_is_refused():
    service = _service(FakeJobs([_job("j1", None)]), FixedClock(NOW))
    with pytest.raises(BadUserInput) as refused:
        await service.update(RECRUITER, "j1", {"closes_at": datetime(2027, 1, 1, 17, 0)})
    assert refused.value.extensions["field"] == "closesAt" and "time zone" in refused.value.message


async def test_a_closing_time_is_set_and_cleared_by_updates():
    jobs = FakeJobs([_job("j1", None)])
    service = _service(jobs, FixedClock(NOW))
    later = NOW + timedelta(days=30)
    assert (await service.update(RECRUITER, "j1", {"closes_at": later})).closes_at == later
    assert (await service.update(RECRUITER, "j1", {"closes_at": None})).closes_at is None


async def test_the_sweep_closes_the_jobs_due_as_their_team_would():
    jobs = FakeJobs([_job("due", timedelta(hours=1)), _job("later", timedelta(days=2)), _job("never", None)])
    clock, events = FixedClock(NOW), RecordingEventBus()
    service = _service(jobs, clock, events)
    assert await service.close_due() == 0
    clock.advance(hours=1)
    assert await service.close_due() == 1
    closed = jobs.jobs["due"]
    assert closed.status is JobStatus.CLOSED and closed.closed_at == NOW + timedelta(hours=1)
    assert closed.updated_at > NOW
    assert [w.payload["job_id"] for w in jobs.work if w.kind == NOTIFY_JOB_CLOSED] == ["due"]
    assert [e.job_id for e in events.published if isinstance(e, JobClosed)] == ["due"]
    assert {j.id for j in jobs.jobs.values() if j.status is JobStatus.OPEN} == {"later", "never"}
    assert await service.close_due() == 0  # closed once


async def test_a_closing_time_moved_later_meanwhile_keeps_the_job_open():
    jobs = FakeJobs([_job("j1", timedelta(hours=1))])
    clock = FixedClock(NOW + timedelta(hours=2))
    service = _service(jobs, clock)
    due = await jobs.due_to_close(clock.now(), 10)
    moved = jobs.jobs["j1"].model_copy(update={"closes_at": NOW + timedelta(days=1), "updated_at": NOW + timedelta(
        seconds=1)})
    jobs.jobs["j1"] = moved

    async def listed_before_the_move(now, limit):
        return due
    jobs.due_to_close = listed_before_the_move  # type: ignore[method-assign]
    assert await service.close_due() == 0
    assert jobs.jobs["j1"].status is JobStatus.OPEN


async def test_search_leaves_out_jobs_past_their_closing_time_before_the_sweep():
    jobs = FakeJobs([_job("due", timedelta(hours=1)), _job("open", timedelta(days=1))])
    clock = FixedClock(NOW)
    service = JobService(jobs, _NoSkills(), RecordingEventBus(), clock)  # type: ignore[arg-type]
    page = PageRequest(first=10, want_total=False)
    assert {j.id for j in (await service.search(None, JobFilter(), page)).items} == {"due", "open"}
    clock.advance(hours=1)
    assert [j.id for j in (await service.search(None, JobFilter(), page)).items] == ["open"]


class _NoSkills:
    """The search's skill reading: no words name a place or a skill here."""

    def __getattr__(self, name):
        raise AssertionError(f"not expected: {name}")


async def test_the_sweeps_pass_runs_as_background_work_and_goes_on_after_a_full_batch():
    from domain.background import in_background
    from domain.services.jobs import CLOSING_BATCH
    from gateway.roles.job_closing_sweep import JobClosingSweep

    seen: list[bool] = []

    def closing(count: int):
        async def close_due() -> int:
            seen.append(in_background())
            return count
        return close_due

    assert await JobClosingSweep(closing(CLOSING_BATCH), 60)._sweep() is True
    assert await JobClosingSweep(closing(3), 60)._sweep() is False
    assert seen == [True, True] and not in_background()


@pytest.mark.parametrize("change", [{"closes_at": NOW + timedelta(days=7)}, {"title": "Night nurse"},
                                    {"closes_at": None}])
async def test_a_job_past_its_closing_time_is_refused_edits_as_a_closed_one_before_the_sweep(change):
    # Closed at 17:00: moving the date at 17:00:30, before the sweep, must not reopen it.
    jobs = FakeJobs([_job("j1", timedelta(hours=8))])
    clock = FixedClock(NOW + timedelta(hours=8, seconds=30))
    with pytest.raises(Conflict) as refused:
        await _service(jobs, clock).update(RECRUITER, "j1", change)
    assert "closed and can no longer be changed" in refused.value.message
    assert refused.value.extensions["jobId"] == "j1"
    assert jobs.jobs["j1"].closes_at == NOW + timedelta(hours=8) and jobs.updates == 0

"""The notices of a job's close are queued with the write that closed it, and only with it:
two closes racing queue them once, a repeated close or a takedown of a closed job never."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from domain.jobs import Job, JobStatus
from domain.services.admin import AdminService
from domain.services.job_closure_notices import NOTIFY_JOB_CLOSED
from domain.services.jobs import JobService
from domain.users import Role, User
from tests.fakes.accounts import FixedClock, RecordingEventBus
from tests.fakes.admin import FakeUserAdministration
from tests.fakes.jobs import FakeJobs

NOW = datetime(2026, 1, 1, tzinfo=UTC)
RECRUITER = User(id="r1", email="r1@example.com", name="R", role=Role.EMPLOYER, organization_id="o1",
                 password_hash="x", created_at=NOW)


class BothReadFirst(FakeJobs):
    """Holds each of the first `readers` reads until all of them have read: every close reads
    the job OPEN before any writes, so all but one lose the compare-and-set."""

    def __init__(self, jobs, readers: int) -> None:
        super().__init__(jobs)
        self._waiting = readers
        self._all_read = asyncio.Event()

    async def get_many(self, ids):
        found = await super().get_many(ids)
        if self._waiting > 0:
            self._waiting -= 1
            if self._waiting == 0:
                self._all_read.set()
            await self._all_read.wait()
        return found


def _job(status: JobStatus = JobStatus.OPEN) -> Job:
    return Job(id="j1", organization_id="o1", title="T", description="D", posted_at=NOW, updated_at=NOW,
               status=status)


def _notices(jobs: FakeJobs) -> list:
    return [work for work in jobs.work if work.kind == NOTIFY_JOB_CLOSED]


async def test_closes_racing_queue_the_notices_once():
    jobs = BothReadFirst([_job()], readers=3)
    service = JobService(jobs, None, RecordingEventBus(), FixedClock(NOW))  # type: ignore[arg-type]
    closed = await asyncio.gather(*(service.close(RECRUITER, "j1") for _ in range(3)))
    assert {job.status for job in closed} == {JobStatus.CLOSED} and jobs.updates == 1
    (notice,) = _notices(jobs)
    assert notice.payload == {"job_id": "j1", "closed_at": jobs.jobs["j1"].updated_at.isoformat()}
    await service.close(RECRUITER, "j1")  # a retry: the job is closed, nothing is written
    assert len(_notices(jobs)) == 1


async def test_a_takedown_tells_candidates_only_of_a_job_still_open():
    admin = User(id="a1", email="a@example.com", name="A", role=Role.ADMIN, password_hash="x", created_at=NOW)
    for status, told in ((JobStatus.OPEN, 1), (JobStatus.CLOSED, 0)):
        jobs = FakeJobs([_job(status)])
        service = AdminService(FakeUserAdministration([admin]), jobs, None, RecordingEventBus(),  # type: ignore[arg-type]
                               FixedClock(NOW))
        await service.take_down_job("j1", "spam")
        assert len(_notices(jobs)) == told, status


def test_the_notice_names_each_stage_under_way_in_words_that_stay_true():
    from domain.applications import TERMINAL, ApplicationStatus
    from domain.services.job_closure_notices import closure_note

    under_way = [status for status in ApplicationStatus if status not in TERMINAL]
    for status in under_way:
        note = closure_note("Ward Nurse", status)
        assert status.value not in note and f"stays {status.value.lower()}" not in note, note
        assert "when this notice was sent" in note and "may still move it" in note
    assert "it was in interview when" in closure_note("Ward Nurse", ApplicationStatus.INTERVIEW)


def test_the_close_as_the_applications_change_says_it_is_addressed_to_no_one():
    # both the candidate and the hiring team read applicationUpdated's note
    from domain.applications import ApplicationStatus
    from domain.services.job_closure_notices import closure_change_note

    note = closure_change_note("Line Cook", ApplicationStatus.INTERVIEW)
    assert note.startswith("Line Cook is closed and takes no more applications.")
    assert "was in interview when the notice was sent" in note
    assert "your" not in note.lower() and " you " not in f" {note.lower()} "

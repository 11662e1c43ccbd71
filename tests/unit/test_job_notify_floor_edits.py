"""A job's notification floor is the hiring team's to set: checked between 0 and 1 naming
`notifyMinScore`, and a change of it alone queues no matching (who matches is unchanged; only
who is told), while any other edit still does."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.errors import BadUserInput
from domain.jobs import Job
from domain.services.jobs import JobService
from domain.services.matching_triggers import MATCH_JOB, MatchingWork
from domain.users import Role, User
from tests.fakes.accounts import FixedClock, RecordingEventBus
from tests.fakes.jobs import FakeJobs

NOW = datetime(2026, 1, 1, tzinfo=UTC)
RECRUITER = User(id="r1", email="r1@example.com", name="R", role=Role.EMPLOYER, organization_id="o1",
                 password_hash="x", created_at=NOW)


def _service() -> tuple[JobService, FakeJobs]:
    job = Job(id="j1", organization_id="o1", title="Porter", description="Moving patients between wards.",
              required_skills=["Manual handling"], posted_at=NOW, updated_at=NOW)
    jobs = FakeJobs([job])
    return JobService(jobs, None, RecordingEventBus(), FixedClock(NOW), MatchingWork()), jobs  # type: ignore[arg-type]


async def test_a_floor_change_alone_queues_no_matching_and_other_edits_still_do():
    service, jobs = _service()
    assert (await service.update(RECRUITER, "j1", {"notify_min_score": 0.85})).notify_min_score == 0.85
    assert [w.kind for w in jobs.work] == []
    changed = await service.update(RECRUITER, "j1", {"location": "Leeds", "notify_min_score": None})
    assert changed.notify_min_score is None and [w.kind for w in jobs.work] == [MATCH_JOB]


@pytest.mark.parametrize("score", [1.2, -0.5, float("nan")])
async def test_a_floor_outside_0_to_1_is_refused_naming_the_field(score):
    service, jobs = _service()
    with pytest.raises(BadUserInput) as refused:
        await service.update(RECRUITER, "j1", {"notify_min_score": score})
    assert refused.value.extensions["field"] == "notifyMinScore" and "between 0 and 1" in str(refused.value)
    assert jobs.jobs["j1"].notify_min_score is None and jobs.updates == 0

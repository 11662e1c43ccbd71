"""A recruiter removed while their post, edit or close was on its way (signed in as a member when
the request began, no longer one when it is written) changes nothing: the service asks the store to
check their membership in the write, which refuses with FORBIDDEN (NOT_A_MEMBER)."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.errors import Forbidden
from domain.services.jobs import JobService
from domain.users import Role, User
from tests.fakes.accounts import FakeUsers, FixedClock, RecordingEventBus
from tests.fakes.jobs import FakeJobs
from tests.fakes.skill_relations import FakeSkillExtractor

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
SIGNED_IN_AS_MEMBER = User(id="r1", email="r1@example.com", name="R", role=Role.EMPLOYER, organization_id="o1",
                           password_hash="x", created_at=NOW)
FIELDS = {"title": "Route planner", "description": "Plan the routes of our trucks.", "required_skills": ["Planning"]}


async def test_a_post_landing_after_the_removal_stores_no_job():
    users = FakeUsers()
    users.users["r1"] = SIGNED_IN_AS_MEMBER.model_copy(update={"organization_id": None})  # removed meanwhile
    jobs = FakeJobs(members=users)
    service = JobService(jobs, FakeSkillExtractor(), RecordingEventBus(), FixedClock(NOW))

    with pytest.raises(Forbidden) as refused:
        await service.post(SIGNED_IN_AS_MEMBER, FIELDS)

    assert refused.value.extensions.get("reason") == "NOT_A_MEMBER"
    assert jobs.jobs == {} and jobs.work == []


async def test_a_member_still_posts():
    users = FakeUsers()
    users.users["r1"] = SIGNED_IN_AS_MEMBER
    jobs = FakeJobs(members=users)
    service = JobService(jobs, FakeSkillExtractor(), RecordingEventBus(), FixedClock(NOW))
    posted = await service.post(SIGNED_IN_AS_MEMBER, FIELDS)
    assert list(jobs.jobs) == [posted.id]


async def test_an_edit_or_close_landing_after_the_removal_changes_nothing():
    users = FakeUsers()
    users.users["r1"] = SIGNED_IN_AS_MEMBER
    jobs = FakeJobs(members=users)
    service = JobService(jobs, FakeSkillExtractor(), RecordingEventBus(), FixedClock(NOW))
    posted = await service.post(SIGNED_IN_AS_MEMBER, FIELDS)
    users.users["r1"] = SIGNED_IN_AS_MEMBER.model_copy(update={"organization_id": None})  # removed meanwhile

    with pytest.raises(Forbidden, match="no longer recruit"):
        await service.update(SIGNED_IN_AS_MEMBER, posted.id, {"title": "Edited after the removal"})
    with pytest.raises(Forbidden, match="no longer recruit"):
        await service.close(SIGNED_IN_AS_MEMBER, posted.id)
    assert jobs.jobs[posted.id] == posted

"""Administrators' actions in the domain: suspension, reactivation, takedowns, dead letters."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.errors import BadUserInput, Conflict, NotFound
from domain.jobs import Job, JobStatus
from domain.services.admin import AdminService
from domain.users import Role, User
from tests.fakes.accounts import FixedClock, RecordingEventBus
from tests.fakes.admin import FakeUserAdministration
from tests.fakes.jobs import FakeJobs

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def person(user_id: str, role: Role = Role.CANDIDATE) -> User:
    return User(id=user_id, email=f"{user_id}@example.com", name=user_id, role=role, password_hash="x", created_at=NOW)


class DeadQueue:
    def __init__(self) -> None:
        self.dead = {"w1"}

    async def requeue(self, item_id: str) -> bool:
        if item_id in self.dead:
            self.dead.discard(item_id)
            return True
        return False

    async def dead_letters(self, limit: int = 100):
        return []


@pytest.fixture
def world():
    users = FakeUserAdministration([person("admin", Role.ADMIN), person("spammer")])
    job = Job(id="j1", organization_id="o1", title="T", description="D", posted_at=NOW, updated_at=NOW)
    jobs, events = FakeJobs([job]), RecordingEventBus()
    service = AdminService(users, jobs, DeadQueue(), events, FixedClock(NOW))
    return service, users, jobs, events, users.users["admin"]


async def test_suspension_ends_every_token_and_announces_itself(world):
    service, users, _, events, admin = world
    suspended = await service.suspend(admin, "spammer", "  spam  ")
    assert suspended.suspended and suspended.token_version == 1
    assert users.revoked == [("spammer", "spam")]
    assert [(e.name, e.user_id, e.by_user_id) for e in events.published] == [("UserSuspended", "spammer", "admin")]


async def test_an_administrator_cannot_suspend_themselves_or_nobody(world):
    service, users, _, events, admin = world
    with pytest.raises(BadUserInput):
        await service.suspend(admin, "admin")
    with pytest.raises(NotFound):
        await service.suspend(admin, "ghost")
    assert events.published == [] and not users.users["admin"].suspended


async def test_reactivation_lifts_the_suspension_but_keeps_old_tokens_dead(world):
    service, _, _, events, admin = world
    await service.suspend(admin, "spammer")
    back = await service.reactivate(admin, "spammer")
    assert not back.suspended and back.token_version == 1
    assert events.names() == ["UserSuspended", "UserReactivated"]


async def test_a_takedown_closes_the_job_with_its_reason_once(world):
    service, _, jobs, events, _ = world
    down = await service.take_down_job("j1", " Misleading ")
    assert (down.status, down.takedown_reason) == (JobStatus.CLOSED, "Misleading")
    again = await service.take_down_job("j1", "other reason")
    assert again.takedown_reason == "Misleading" and jobs.updates == 1
    assert [(e.name, e.takedown_reason) for e in events.published] == [("JobClosed", "Misleading")]


async def test_a_takedown_without_a_reason_changes_nothing(world):
    service, _, jobs, events, _ = world
    with pytest.raises(BadUserInput):
        await service.take_down_job("j1", "  ")
    with pytest.raises(NotFound):
        await service.take_down_job("nope", "spam")
    assert jobs.jobs["j1"].status is JobStatus.OPEN and events.published == []


async def test_only_dead_letters_can_be_requeued_and_pages_are_bounded(world):
    service = world[0]
    await service.requeue("w1")
    with pytest.raises(NotFound):
        await service.requeue("w1")
    with pytest.raises(BadUserInput):
        await service.dead_letters(0)


class _EditedAfterEveryRead(FakeJobs):
    """The organization edits the job after each read the takedown makes (a busy recruiter)."""

    async def get_many(self, ids):
        found = await super().get_many(ids)
        for job in found:
            if job is not None:
                self.jobs[job.id] = job.model_copy(update={"updated_at": job.updated_at + timedelta(seconds=1)})
        return found


async def test_a_takedown_over_a_job_that_keeps_changing_is_refused_with_what_to_do(world):
    _, users, jobs, events, _ = world
    busy = _EditedAfterEveryRead(list(jobs.jobs.values()))
    service = AdminService(users, busy, DeadQueue(), events, FixedClock(NOW))
    with pytest.raises(Conflict) as refused:
        await service.take_down_job("j1", "spam")
    assert refused.value.code == "CONFLICT" and "take it down again" in str(refused.value)
    assert busy.jobs["j1"].status is JobStatus.OPEN and busy.updates == 0 and events.published == []

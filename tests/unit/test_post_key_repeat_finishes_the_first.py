"""A post repeated with its key finishes what the first may not have: the first stored the
job, then its process died before indexing or announcing it. The repeat indexes the job
again and announces it with the very event the first would have (the same fact for
analytics, the same re-read for search mirrors). A key whose job is gone is refused."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from adapters.aws.indexed_jobs import SearchIndexedJobs
from domain.errors import Conflict
from domain.events import JobPosted
from domain.job_post_keys import PostKey
from domain.jobs import Job
from domain.services.analytics import fact_of
from domain.services.jobs import JobService
from domain.users import Role, User
from tests.fakes.accounts import FixedClock, RecordingEventBus
from tests.fakes.jobs import FakeJobs

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
RECRUITER = User(id="r1", email="r1@example.com", name="R", role=Role.EMPLOYER, organization_id="o1",
                 password_hash="x", created_at=NOW)
POST = {"title": "Ward nurse", "description": "Nights on the surgical ward.", "required_skills": ["Triage"],
        "nice_to_have_skills": []}


class _Index:
    def __init__(self) -> None:
        self.indexed: list[str] = []

    async def index_job(self, job: Job) -> None:
        self.indexed.append(job.id)


class _DiesOnPublish(RecordingEventBus):
    async def publish(self, event):
        raise RuntimeError("the process died here")


class _Skills:
    def canonical(self, name: str) -> str:
        return name


def _service(jobs, events) -> JobService:
    return JobService(jobs, _Skills(), events, FixedClock(NOW))  # type: ignore[arg-type]


async def test_a_repeat_indexes_the_earlier_job_that_the_first_post_never_indexed():
    store, index = FakeJobs(), _Index()
    job = Job(id="j1", organization_id="o1", title="Ward nurse", description="Nights.", posted_at=NOW,
              updated_at=NOW, posted_by="r1")
    key = PostKey(poster_id="r1", key="k1", fingerprint="f1")
    assert await store.add(job, key=key) is None  # stored, then the process died before indexing

    repeat = job.model_copy(update={"id": "j2"})
    earlier = await SearchIndexedJobs(store, index).add(repeat, key=key)
    assert earlier is not None and earlier.job_id == "j1"
    assert index.indexed == ["j1"]

    # A key reused for other content indexes nothing (the service refuses it).
    await SearchIndexedJobs(store, index).add(repeat, key=PostKey("r1", "k1", "other"))
    assert index.indexed == ["j1"]


async def test_a_repeat_announces_the_job_the_first_post_died_before_announcing():
    jobs = FakeJobs()
    with pytest.raises(RuntimeError):
        await _service(jobs, _DiesOnPublish()).post(RECRUITER, dict(POST), "k1")
    (stored,) = jobs.jobs.values()

    events = RecordingEventBus()
    again = await _service(jobs, events).post(RECRUITER, dict(POST), "k1")
    assert again.id == stored.id and len(jobs.jobs) == 1
    assert [(type(e), e.job_id) for e in events.published] == [(JobPosted, stored.id)]


async def test_every_repeat_announces_the_same_event_so_consumers_keep_one_fact():
    events = RecordingEventBus()
    service = _service(FakeJobs(), events)
    await service.post(RECRUITER, dict(POST), "k1")
    await service.post(RECRUITER, dict(POST), "k1")
    first, second = events.published
    assert first == second
    assert fact_of(first) == fact_of(second)


async def test_a_repeat_whose_earlier_job_is_gone_is_a_conflict_not_a_job_never_stored():
    jobs, events = FakeJobs(), RecordingEventBus()
    service = _service(jobs, events)
    first = await service.post(RECRUITER, dict(POST), "k1")
    del jobs.jobs[first.id]  # the key's claim outlived its job
    events.published.clear()
    with pytest.raises(Conflict) as refused:
        await service.post(RECRUITER, dict(POST), "k1")
    assert refused.value.extensions["reason"] == "IDEMPOTENCY_KEY_JOB_GONE"
    assert refused.value.extensions["field"] == "idempotencyKey" and "new key" in refused.value.message
    assert events.published == [] and list(jobs.jobs) == []

"""What applying costs DynamoDB: the service has read the job (it checks it is open), so the
store takes the job's organization from it instead of reading the job again; the
application's own transaction still refuses a job closed meanwhile."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.repositories import dynamodb_repositories
from domain.applications import PipelineFilter
from domain.clock import SystemClock
from domain.errors import Conflict
from domain.jobs import Job, JobStatus
from domain.pagination import PageRequest
from domain.services.applications import ApplicationService
from tests.integration.contract.repository_backends import a_candidate, a_job, a_resume, an_employer

_RECORDED = ("get_item", "batch_get_item", "query", "put_item", "update_item", "transact_write_items")


class _CountingClient:
    """The real DynamoDB client, recording each data request and how often it reads one item
    (a recorder at the edge; every call goes through)."""

    def __init__(self, client, watched: dict) -> None:
        self._client = client
        self._watched = watched
        self.requests: list[str] = []
        self.watched_reads = 0

    def __getattr__(self, name):
        found = getattr(self._client, name)
        if name not in _RECORDED:
            return found

        async def recorded(**request):
            self.requests.append(name)
            if name == "get_item":
                self.watched_reads += request["Key"] == self._watched
            elif name == "batch_get_item":
                self.watched_reads += sum(self._watched in t["Keys"] for t in request["RequestItems"].values())
            return await found(**request)
        return recorded


class _NoQueue:
    async def enqueue(self, *_args, **_kwargs) -> None:
        raise AssertionError("applying queues its work in its own transaction")


class _JobsAsRead:
    """The job as the service read it a moment before it closed."""

    def __init__(self, job: Job) -> None:
        self._job = job

    async def get_many(self, _ids) -> list[Job | None]:
        return [self._job]


async def test_applying_reads_the_job_once_and_still_refuses_a_closed_one(aws_clients, dynamo_table):
    plain = SimpleNamespace(**dynamodb_repositories(await aws_clients.get("dynamodb"), dynamo_table.name))
    _, organization = await an_employer(plain)
    job = a_job(organization.id)
    await plain.jobs.add(job)
    candidate = await a_candidate(plain)
    resume = a_resume(candidate.id)
    await plain.resumes.add(resume, max_per_owner=5)

    counting = _CountingClient(await aws_clients.get("dynamodb"), keys.job(job.id))
    repos = SimpleNamespace(**dynamodb_repositories(counting, dynamo_table.name))
    service = ApplicationService(repos.applications, repos.jobs, repos.resumes, _NoQueue(), SystemClock())
    application = await service.apply(candidate, job.id, resume.id, None)

    assert counting.watched_reads == 1  # the service's own read of the job, no second one for its organization
    assert counting.requests == ["batch_get_item", "batch_get_item", "transact_write_items"]
    (listed,) = await plain.applications.by_organizations([organization.id], PipelineFilter(), PageRequest())
    assert [a.id for a in listed.items] == [application.id]  # in the organization's pipeline, as before

    late = await a_candidate(plain)
    late_resume = a_resume(late.id)
    await plain.resumes.add(late_resume, max_per_owner=5)
    await plain.jobs.update(job.model_copy(update={"status": JobStatus.CLOSED}))
    racing = ApplicationService(repos.applications, _JobsAsRead(job), repos.resumes, _NoQueue(), SystemClock())
    with pytest.raises(Conflict, match="closed"):
        await racing.apply(late, job.id, late_resume.id, None)

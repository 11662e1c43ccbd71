"""`Organization.applications(jobId:)` on DynamoDB reads the job's own share of the pipeline
(GSI7), so a page costs about a page of items however large the organization's pipeline is,
and a job of another organization lists nothing; `talentgraph provision` keys the applications
an older release stored (GSI5 and GSI6 only, or a share sorted before an older release's move)."""
from __future__ import annotations

from types import SimpleNamespace

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.pipeline_backfill import backfill_pipeline_keys
from adapters.aws.dynamodb.repositories import dynamodb_repositories
from domain.applications import ApplicationEvent, ApplicationStatus, PipelineFilter
from domain.pagination import PageRequest
from tests.integration.contract.repository_backends import a_candidate, a_job, an_application, an_employer, at

_JOBS, _EACH, _PAGE = 10, 20, 20


class _CountingClient:
    """The real DynamoDB client, adding up the items each Query read before any filter
    (ScannedCount: what DynamoDB bills), apart for counting queries (a recorder at the edge)."""

    def __init__(self, client) -> None:
        self._client = client
        self.listed = 0
        self.counted = 0

    async def query(self, **request):
        response = await self._client.query(**request)
        if request.get("Select") == "COUNT":
            self.counted += response["ScannedCount"]
        else:
            self.listed += response["ScannedCount"]
        return response

    def __getattr__(self, name):
        return getattr(self._client, name)


async def test_one_jobs_page_of_a_large_pipeline_reads_about_a_page(aws_clients, dynamo_table):
    client = await aws_clients.get("dynamodb")
    repos = SimpleNamespace(**dynamodb_repositories(client, dynamo_table.name))
    _, organization = await an_employer(repos)
    _, other = await an_employer(repos)
    jobs = [a_job(organization.id) for _ in range(_JOBS)]
    for job in jobs:
        await repos.jobs.add(job)
    by_job: dict[str, list[str]] = {job.id: [] for job in jobs}
    for minute in range(_JOBS * _EACH):  # the jobs' applications interleaved in the pipeline
        job = jobs[minute % _JOBS]
        application, event = an_application(job.id, (await a_candidate(repos)).id, minute=minute)
        await repos.applications.add(application, event, organization_id=organization.id)
        by_job[job.id].append(application.id)
    wanted = jobs[3]
    moved_id = by_job[wanted.id][0]
    (moved,) = await repos.applications.get_many([moved_id])
    assert moved is not None
    moved = moved.model_copy(update={"status": ApplicationStatus.SCREENING, "updated_at": at(10_000)})
    await repos.applications.transition(moved, ApplicationEvent(status=ApplicationStatus.SCREENING, at=at(10_000)), 1)

    counting = _CountingClient(client)
    counted = SimpleNamespace(**dynamodb_repositories(counting, dynamo_table.name))
    (page,) = await counted.applications.by_organizations(
        [organization.id], PipelineFilter(job_id=wanted.id), PageRequest(first=_PAGE))
    latest_first = [moved_id, *reversed(by_job[wanted.id][1:])]
    assert [a.id for a in page.items] == latest_first  # the moved one first: latest activity
    assert page.total == _EACH
    assert counting.listed <= 2 * (_PAGE + 1)  # was the whole pipeline: 200 items and more
    assert counting.counted <= _EACH + 1

    counting.listed = counting.counted = 0
    (screening,) = await counted.applications.by_organizations(
        [organization.id], PipelineFilter(status=ApplicationStatus.SCREENING, job_id=wanted.id),
        PageRequest(first=_PAGE, want_total=False))
    assert [a.id for a in screening.items] == [moved_id]
    assert counting.listed <= _EACH  # the job's share, never the organization's screening

    (foreign,) = await repos.applications.by_organizations([other.id], PipelineFilter(job_id=wanted.id), PageRequest())
    assert foreign.items == [] and foreign.total == 0


async def test_provisioning_keys_applications_an_older_release_stored(aws_clients, dynamo_table):
    repos = SimpleNamespace(**dynamodb_repositories(await aws_clients.get("dynamodb"), dynamo_table.name))
    _, organization = await an_employer(repos)
    job = a_job(organization.id)
    await repos.jobs.add(job)
    stored = []
    for minute in range(3):
        application, event = an_application(job.id, (await a_candidate(repos)).id, minute=minute)
        await repos.applications.add(application, event)
        stored.append(application)
    # As the previous release stored them: GSI5 and GSI6 and the organization, no job share.
    for application in stored[:2]:
        await dynamo_table.update(keys.application(application.id), "REMOVE GSI7PK, GSI7SK")
    # A move the previous release made: GSI5SK follows it, the job share's sort key does not.
    moved_before = stored[2]
    moved = moved_before.model_copy(update={"status": ApplicationStatus.SCREENING, "updated_at": at(10)})
    await repos.applications.transition(moved, ApplicationEvent(status=ApplicationStatus.SCREENING, at=at(10)), 1)
    await dynamo_table.update(keys.application(moved_before.id), "SET GSI7SK = :before",
                              ExpressionAttributeValues={":before": {"S": keys.ordered(at(2), moved_before.id)}})

    async def listed() -> list[str]:
        (page,) = await repos.applications.by_organizations([organization.id], PipelineFilter(job_id=job.id),
                                                            PageRequest())
        return [a.id for a in page.items]

    assert await listed() == [moved_before.id]
    assert (await backfill_pipeline_keys(dynamo_table)).applications_keyed == 3
    assert await listed() == [moved_before.id, stored[1].id, stored[0].id]
    assert (await backfill_pipeline_keys(dynamo_table)).applications_keyed == 0

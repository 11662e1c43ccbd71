"""Applications a DynamoDB table held before organizations' pipelines get their keys at
provisioning, as SQLite's migration 47 fills its column: they are then listed, latest activity
first, and move in the list as new ones do. Running it again changes nothing."""
from __future__ import annotations

from types import SimpleNamespace

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.pipeline_backfill import backfill_pipeline_keys
from adapters.aws.dynamodb.repositories import dynamodb_repositories
from domain.applications import ApplicationEvent, ApplicationStatus, PipelineFilter
from domain.pagination import PageRequest
from tests.integration.contract.repository_backends import a_candidate, a_job, an_application, an_employer, at

_PIPELINE_ATTRIBUTES = "REMOVE organization_id, GSI5PK, GSI5SK, GSI6PK, GSI6SK, GSI7PK, GSI7SK"


async def test_applications_stored_before_pipelines_are_keyed_and_listed(aws_clients, dynamo_table):
    repos = SimpleNamespace(**dynamodb_repositories(await aws_clients.get("dynamodb"), dynamo_table.name))
    _, organization = await an_employer(repos)
    job = a_job(organization.id)
    await repos.jobs.add(job)
    applications = []
    for minute in range(3):
        candidate = await a_candidate(repos)
        application, event = an_application(job.id, candidate.id, minute=minute)
        await repos.applications.add(application, event)
        await dynamo_table.update(keys.application(application.id), _PIPELINE_ATTRIBUTES)  # as stored before
        applications.append(application)

    async def listed() -> list[str]:
        (page,) = await repos.applications.by_organizations([organization.id], PipelineFilter(), PageRequest())
        return [a.id for a in page.items]

    assert await listed() == []
    assert (await backfill_pipeline_keys(dynamo_table)).applications_keyed == 3
    assert await listed() == [a.id for a in reversed(applications)]
    assert (await backfill_pipeline_keys(dynamo_table)).applications_keyed == 0

    oldest = applications[0]
    moved = oldest.model_copy(update={"status": ApplicationStatus.SCREENING, "updated_at": at(10)})
    await repos.applications.transition(moved, ApplicationEvent(status=ApplicationStatus.SCREENING, at=at(10)), 1)
    assert await listed() == [oldest.id, applications[2].id, applications[1].id]
    (screening,) = await repos.applications.by_organizations(
        [organization.id], PipelineFilter(status=ApplicationStatus.SCREENING), PageRequest())
    assert [a.id for a in screening.items] == [oldest.id]

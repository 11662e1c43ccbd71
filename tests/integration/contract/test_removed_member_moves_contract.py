"""A recruiter's move is stored only while they still recruit for the application's
organization, checked in the move's own write: a request that began before their removal
and writes after it is refused, never landing on the organization's pipeline."""
from __future__ import annotations

import asyncio

import pytest

from domain.applications import ApplicationEvent, ApplicationStatus
from domain.errors import Forbidden
from domain.users import OrganizationRole, Role
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import (
    a_candidate,
    a_job,
    a_user,
    an_application,
    an_employer,
    at,
    repositories_on,
)


@pytest.fixture(params=BACKENDS)
async def stores(request, database, aws_clients, aws_names):
    repositories = await repositories_on(request.param, database, aws_clients, aws_names)
    if request.param == "embedded":
        from adapters.embedded.sqlite.organization_members import SqliteOrganizationMembers

        repositories.members = SqliteOrganizationMembers(database)
    else:
        from adapters.aws.dynamodb.access import DynamoTable
        from adapters.aws.dynamodb.organization_members import DynamoOrganizationMembers

        repositories.members = DynamoOrganizationMembers(DynamoTable(await aws_clients.get("dynamodb"),
                                                                      aws_names["table"]))
    return repositories


async def test_a_move_written_after_its_recruiters_removal_is_refused(stores):
    owner, organization = await an_employer(stores)
    recruiter = a_user(Role.EMPLOYER, organization_id=organization.id).model_copy(
        update={"organization_role": OrganizationRole.RECRUITER})
    await stores.users.add(recruiter)
    person = await a_candidate(stores)
    applications = []
    for n in range(24):
        job = a_job(organization.id, title=f"Teaching assistant {n}")
        await stores.jobs.add(job)
        application, event = an_application(job.id, person.id)
        await stores.applications.add(application, event)
        applications.append(application)

    async def move(n: int, application) -> str:
        await asyncio.sleep(0.1 * n)  # before, during and after the removal (slow on moto)
        moved = application.model_copy(update={"status": ApplicationStatus.SCREENING, "updated_at": at(5)})
        event = ApplicationEvent(status=ApplicationStatus.SCREENING, at=at(5), by_user_id=recruiter.id)
        try:
            await stores.applications.transition(moved, event, application.version, member_of=organization.id)
        except Forbidden as refused:
            assert refused.extensions.get("reason") == "NOT_A_MEMBER", refused.message
            return "refused"
        return "moved"

    async def remove() -> None:
        await asyncio.sleep(0.8)
        await stores.members.remove(organization.id, recruiter.id, at(5), "removed", by_owner=owner.id)

    *outcomes, _ = await asyncio.gather(*(move(n, a) for n, a in enumerate(applications)), remove())
    assert outcomes.index("refused") > 0 and "moved" not in outcomes[outcomes.index("refused"):]
    stored = await stores.applications.get_many([a.id for a in applications])
    for outcome, application in zip(outcomes, stored):
        assert application.status is (ApplicationStatus.SCREENING if outcome == "moved" else ApplicationStatus.SUBMITTED)

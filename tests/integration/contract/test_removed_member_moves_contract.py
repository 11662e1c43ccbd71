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
    for n in range(25):
        job = a_job(organization.id, title=f"Teaching assistant {n}")
        await stores.jobs.add(job)
        application, event = an_application(job.id, person.id)
        await stores.applications.add(application, event)
        applications.append(application)

    *racing, after = applications
    first_moved = asyncio.Event()
    clock = asyncio.get_running_loop().time
    spans: list[tuple[float, float]] = [(0.0, 0.0)] * len(applications)
    removal: list[float] = []

    async def move(n: int, application) -> str:
        # The first before the removal begins (it waits for it), the rest spread over its
        # write (slow on moto); how many land before it depends on the machine's load.
        if n:
            await first_moved.wait()
            await asyncio.sleep(0.05 * n)
        moved = application.model_copy(update={"status": ApplicationStatus.SCREENING, "updated_at": at(5)})
        event = ApplicationEvent(status=ApplicationStatus.SCREENING, at=at(5), by_user_id=recruiter.id)
        began = clock()
        try:
            await stores.applications.transition(moved, event, application.version, member_of=organization.id)
        except Forbidden as refused:
            assert refused.extensions.get("reason") == "NOT_A_MEMBER", refused.message
            return "refused"
        finally:
            spans[n] = (began, clock())
            first_moved.set()
        return "moved"

    async def remove() -> None:
        await first_moved.wait()
        await asyncio.sleep(0.2)
        removal.append(clock())
        await stores.members.remove(organization.id, recruiter.id, at(5), "removed", by_owner=owner.id)
        removal.append(clock())

    *outcomes, _ = await asyncio.gather(*(move(n, a) for n, a in enumerate(racing)), remove())
    outcomes.append(await move(len(racing), after))
    # Each move is ordered against the removal by its own write: one that ended before the
    # removal began landed, one that began after it ended was refused, and those overlapping it
    # went either way (the order their requests reach the store is not the order they were sent).
    removal_began, removal_ended = removal
    for outcome, (began, ended) in zip(outcomes, spans):
        if ended < removal_began:
            assert outcome == "moved", (outcomes, spans, removal)
        if began > removal_ended:
            assert outcome == "refused", (outcomes, spans, removal)
    assert outcomes[0] == "moved" and outcomes[-1] == "refused"
    stored = await stores.applications.get_many([a.id for a in applications])
    for outcome, application in zip(outcomes, stored):
        assert application.status is (ApplicationStatus.SCREENING if outcome == "moved" else ApplicationStatus.SUBMITTED)


class _WriteHeldUntilRemoved:
    """The applications store with its transition held until the removal has been written:
    the service has checked the recruiter (a member when it looked) and its write reaches the
    store after the removal, the interleaving the test above can only hope for."""

    def __init__(self, applications, removed: asyncio.Event) -> None:
        self._applications = applications
        self._removed = removed
        self.write_reached = asyncio.Event()

    def __getattr__(self, name: str):
        return getattr(self._applications, name)

    async def transition(self, *args, **kwargs):
        self.write_reached.set()
        await self._removed.wait()
        return await self._applications.transition(*args, **kwargs)


async def test_a_move_checked_before_the_removal_and_written_after_it_is_refused(stores):
    from domain.services.applications import ApplicationService
    from tests.fakes.accounts import FixedClock
    from tests.fakes.work_queue import InMemoryWorkQueue

    owner, organization = await an_employer(stores)
    recruiter = a_user(Role.EMPLOYER, organization_id=organization.id).model_copy(
        update={"organization_role": OrganizationRole.RECRUITER})
    await stores.users.add(recruiter)
    person = await a_candidate(stores)
    job = a_job(organization.id, title="Care assistant")
    await stores.jobs.add(job)
    application, event = an_application(job.id, person.id)
    await stores.applications.add(application, event)
    removed = asyncio.Event()
    held = _WriteHeldUntilRemoved(stores.applications, removed)
    service = ApplicationService(held, stores.jobs, stores.resumes, InMemoryWorkQueue(), FixedClock(at(5)))

    async def remove_once_the_move_is_checked() -> None:
        await held.write_reached.wait()
        await stores.members.remove(organization.id, recruiter.id, at(5), "removed", by_owner=owner.id)
        removed.set()

    moving = asyncio.create_task(service.move(recruiter, application.id, ApplicationStatus.SCREENING, None))
    await remove_once_the_move_is_checked()
    with pytest.raises(Forbidden) as refused:
        await moving
    assert refused.value.extensions.get("reason") == "NOT_A_MEMBER"
    (stored,) = await stores.applications.get_many([application.id])
    assert stored.status is ApplicationStatus.SUBMITTED and stored.version == application.version
    (history,) = await stores.applications.histories([application.id])
    assert [e.status for e in history] == [ApplicationStatus.SUBMITTED]

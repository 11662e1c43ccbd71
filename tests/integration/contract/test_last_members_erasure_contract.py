"""Deleting accounts in an organization, through AccountErasure with the organization's
closing wired, on both backends: the only member's account goes and the organization closes
with it (its open job closed through the jobs' close, its name free); of its last two members
deleting their accounts at once, both go and it closes once, never left half-written. The two
erasures run truly beside each other: on SQLite on two connections to one file (as two
processes would), on DynamoDB as concurrent requests to the moto server. Without a closing
wired, the erasure still refuses the only member (LAST_MEMBER)."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from domain.errors import BadUserInput
from domain.jobs import JobStatus
from domain.services.erasure import AccountErasure
from domain.services.jobs import JobService
from domain.services.organization_closing import OrganizationClosing
from domain.users import OrganizationRole
from tests.fakes.account_lifecycle import FakeResumeShas
from tests.fakes.accounts import FixedClock, RecordingEventBus
from tests.fakes.blobs import InMemoryBlobStore
from tests.integration.contract.account_port_backends import ports_on
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.invitation_backends import with_invitations
from tests.integration.contract.organization_member_stores import a_colleague
from tests.integration.contract.repository_backends import a_job, an_employer, at, repositories_on
from tests.integration.contract.second_connection import closed_at, through_a_second_connection


class _AnyPassword:
    def verify(self, password_hash: str, password: str) -> bool:
        return True


def _erasure(stores: SimpleNamespace, closing: OrganizationClosing | None) -> AccountErasure:
    return AccountErasure(stores.account_store, FakeResumeShas(), InMemoryBlobStore(), _AnyPassword(),
                          RecordingEventBus(), members=stores.members, clock=FixedClock(at(30)), closing=closing)


def _closing(ports: SimpleNamespace) -> OrganizationClosing:
    clock = FixedClock(at(30))
    jobs = JobService(ports.jobs, None, RecordingEventBus(), clock)  # type: ignore[arg-type]  # closes only
    return OrganizationClosing(ports.organizations, ports.jobs, jobs, ports.invitations, clock)


@pytest.fixture(params=BACKENDS)
async def ports(request, database, aws_clients, aws_names):
    found = await ports_on(request.param, database, aws_clients, aws_names)
    found.organizations = (await repositories_on(request.param, database, aws_clients, aws_names)).organizations
    await with_invitations(found, request.param, database, aws_clients, aws_names)
    found.second_file = database.path if request.param == "embedded" else None
    return found


def _second_writer(ports: SimpleNamespace):
    """The accounts and members through a second connection (second_connection.py)."""
    from adapters.embedded.sqlite.account_store import SqliteAccountStore
    from adapters.embedded.sqlite.organization_members import SqliteOrganizationMembers

    return through_a_second_connection(ports, lambda db: SimpleNamespace(
        account_store=SqliteAccountStore(db), members=SqliteOrganizationMembers(db)))


async def test_without_a_closing_the_only_member_cannot_delete_their_account(ports):
    founder, organization = await an_employer(ports)
    with pytest.raises(BadUserInput) as refused:
        await _erasure(ports, None).delete_account(founder, "pw")
    assert refused.value.extensions["reason"] == "LAST_MEMBER"
    (members,) = await ports.users.members_of([organization.id])
    assert [m.id for m in members] == [founder.id]


async def test_the_only_members_account_goes_and_the_organization_closes_with_its_job(ports):
    founder, organization = await an_employer(ports)
    job = a_job(organization.id)
    await ports.jobs.add(job)

    await _erasure(ports, _closing(ports)).delete_account(founder, "pw")

    assert await ports.users.get_many([founder.id]) == [None]
    assert await closed_at(ports, organization.id) == at(30)
    (closed,) = await ports.jobs.get_many([job.id])
    assert closed is not None and closed.status is JobStatus.CLOSED
    _, successor = await an_employer(ports, organization.name)
    assert await closed_at(ports, successor.id) is None


@pytest.mark.parametrize("rounds", [6])
async def test_the_last_two_members_deleting_their_accounts_at_once_both_go_and_it_closes_once(ports, rounds):
    async with _second_writer(ports) as other:
        other.organizations, other.jobs, other.invitations = ports.organizations, ports.jobs, ports.invitations
        for _ in range(rounds):
            first, organization = await an_employer(ports)
            second = await a_colleague(ports, organization.id, role=OrganizationRole.OWNER)

            async def delete(erasure: AccountErasure, person) -> str:
                try:
                    await erasure.delete_account(person, "pw")
                except BadUserInput as refused:
                    return str(refused.extensions["reason"])
                return "DELETED"

            outcomes = await asyncio.gather(delete(_erasure(ports, _closing(ports)), first),
                                            delete(_erasure(other, _closing(other)), second))
            assert outcomes == ["DELETED", "DELETED"], outcomes
            (members,) = await ports.users.members_of([organization.id])
            assert members == []
            assert await ports.users.get_many([first.id, second.id]) == [None, None]
            assert await closed_at(ports, organization.id) == at(30)

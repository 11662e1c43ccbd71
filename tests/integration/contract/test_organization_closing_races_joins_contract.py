"""An organization's closing against joins, on both backends: the closing revokes the open
invitations and nobody joins a closed organization, by an existing account or by signing up;
and the last member's closing and an invitation's acceptance run truly beside each other (two
connections to one SQLite file, as two processes; concurrent requests to the moto server) end
in one of the two whole states: closed with nobody in it and the invitation revoked, or open
with the newcomer in it and the founder kept (an owner does not leave recruiters without one).
Never a closed organization with a member."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from domain.invitations import InvitationStatus
from domain.ports.organization_members import MemberRemoval
from domain.users import OrganizationRole, Role
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.invitation_backends import an_invitation, with_invitations
from tests.integration.contract.repository_backends import a_user, an_employer, at, repositories_on
from tests.integration.contract.second_connection import closed_at, through_a_second_connection

ERASED = "account deleted"


@pytest.fixture(params=BACKENDS)
async def ports(request, database, aws_clients, aws_names):
    found = await repositories_on(request.param, database, aws_clients, aws_names)
    await with_invitations(found, request.param, database, aws_clients, aws_names)
    if request.param == "embedded":
        from adapters.embedded.sqlite.organization_members import SqliteOrganizationMembers

        found.members = SqliteOrganizationMembers(database)
    else:
        from adapters.aws.dynamodb.access import DynamoTable
        from adapters.aws.dynamodb.organization_members import DynamoOrganizationMembers
        from adapters.aws.dynamodb.retry import RetryPolicy

        found.members = DynamoOrganizationMembers(
            DynamoTable(await aws_clients.get("dynamodb"), aws_names["table"], RetryPolicy()))
    found.second_file = database.path if request.param == "embedded" else None
    return found


def _joining_side(ports: SimpleNamespace):
    """The invitations through a second connection (second_connection.py)."""
    from adapters.embedded.sqlite.invitations import SqliteInvitationRepository

    return through_a_second_connection(ports, lambda db: SimpleNamespace(invitations=SqliteInvitationRepository(db)))


async def test_closing_revokes_open_invitations_and_nobody_joins_after(ports):
    founder, organization = await an_employer(ports)
    newcomer = a_user(Role.EMPLOYER, minute=1)
    await ports.users.add(newcomer)
    to_newcomer = an_invitation(organization.id, newcomer.email, founder.id, minute=2)
    to_someone_new = an_invitation(organization.id, "someone.new@example.com", founder.id, minute=3)
    for invitation in (to_newcomer, to_someone_new):
        await ports.invitations.add(invitation)

    assert await ports.members.remove(organization.id, founder.id, at(10), ERASED,
                                      close_if_last=True) is MemberRemoval.CLOSED

    assert await ports.invitations.open_for(organization.id) == []
    for stored in await ports.invitations.get_many([to_newcomer.id, to_someone_new.id]):
        assert stored is not None and stored.status(at(11)) is InvitationStatus.REVOKED
    assert not await ports.invitations.accept(to_newcomer.id, newcomer.id, at(11))
    signing_up = a_user(Role.EMPLOYER, email="someone.new@example.com", organization_id=organization.id,
                        minute=11).model_copy(update={"organization_role": OrganizationRole.RECRUITER})
    assert not await ports.invitations.accept_with_new_account(to_someone_new.id, signing_up, at(11))
    (members,) = await ports.users.members_of([organization.id])
    assert members == []
    assert (await ports.users.get_many([signing_up.id])) == [None]


async def test_an_invitation_the_closing_left_open_is_refused_all_the_same(ports):
    """As one made after the closing's listing read (DynamoDB) would be: the acceptance's own
    write refuses a closed organization."""
    founder, organization = await an_employer(ports)
    newcomer = a_user(Role.EMPLOYER, minute=1)
    await ports.users.add(newcomer)
    assert await ports.members.remove(organization.id, founder.id, at(10), ERASED,
                                      close_if_last=True) is MemberRemoval.CLOSED
    late = an_invitation(organization.id, newcomer.email, founder.id, minute=10)
    await ports.invitations.add(late)

    assert not await ports.invitations.accept(late.id, newcomer.id, at(11))
    assert (await ports.users.get_many([newcomer.id]))[0].organization_id is None


@pytest.mark.parametrize("rounds", [8])
async def test_the_last_member_leaving_while_an_invitation_is_accepted_ends_in_one_whole_state(ports, rounds):
    async with _joining_side(ports) as joining:
        for _ in range(rounds):
            founder, organization = await an_employer(ports)
            newcomer = a_user(Role.EMPLOYER, minute=1)
            await ports.users.add(newcomer)
            invitation = an_invitation(organization.id, newcomer.email, founder.id, minute=2)
            await ports.invitations.add(invitation)

            removal, joined = await asyncio.gather(
                ports.members.remove(organization.id, founder.id, at(10), ERASED, close_if_last=True),
                joining.invitations.accept(invitation.id, newcomer.id, at(10)),
            )

            (members,) = await ports.users.members_of([organization.id])
            (stored,) = await ports.invitations.get_many([invitation.id])
            (founder_now,) = await ports.users.get_many([founder.id])
            assert stored is not None and founder_now is not None
            if removal is MemberRemoval.CLOSED:
                assert not joined
                assert members == [] and founder_now.organization_id is None
                assert await closed_at(ports, organization.id) == at(10)
                assert stored.status(at(10)) is InvitationStatus.REVOKED
            else:
                # The join came first: the founder, an owner beside a recruiter only, stays.
                assert (removal, joined) == (MemberRemoval.LAST_OWNER, True)
                assert sorted(m.id for m in members) == sorted([founder.id, newcomer.id])
                assert await closed_at(ports, organization.id) is None
                assert stored.accepted_by == newcomer.id

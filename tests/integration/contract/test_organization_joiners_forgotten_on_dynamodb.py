"""The organization item's record of who joined it by invitation (`joined_by`, which lets the
closing find a member the lagging members listing hides) keeps no one who has left: an erased
recruiter's id is not kept on their former organization's item, whether a colleague stays or
their leaving closes it."""
from __future__ import annotations

import pytest

from domain.ports.organization_members import MemberRemoval, RoleChange
from domain.users import OrganizationRole, Role
from tests.integration.contract.invitation_backends import an_invitation, with_invitations
from tests.integration.contract.repository_backends import a_user, an_employer, at, repositories_on

ERASED = "account deleted"


@pytest.fixture
async def ports(database, aws_clients, aws_names):
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.organization_members import DynamoOrganizationMembers
    from adapters.aws.dynamodb.retry import RetryPolicy

    found = await repositories_on("aws", database, aws_clients, aws_names)
    await with_invitations(found, "aws", database, aws_clients, aws_names)
    found.table = DynamoTable(await aws_clients.get("dynamodb"), aws_names["table"], RetryPolicy())
    found.members = DynamoOrganizationMembers(found.table)
    return found


async def _joined_by(ports, organization_id: str) -> list[str]:
    from adapters.aws.dynamodb import keys

    item = await ports.table.get(keys.organization(organization_id))
    assert item is not None
    return sorted(item.get("joined_by", {}).get("SS", []))


async def _a_joiner(ports, organization_id: str, invited_by: str, minute: int):
    joiner = a_user(Role.EMPLOYER, minute=minute)
    await ports.users.add(joiner)
    invitation = an_invitation(organization_id, joiner.email, invited_by, minute=minute)
    await ports.invitations.add(invitation)
    assert await ports.invitations.accept(invitation.id, joiner.id, at(minute))
    return joiner


async def test_a_recruiter_who_joined_and_left_is_not_kept_on_the_organizations_item(ports):
    founder, organization = await an_employer(ports)
    stays = await _a_joiner(ports, organization.id, founder.id, minute=1)
    leaves = await _a_joiner(ports, organization.id, founder.id, minute=2)
    assert await _joined_by(ports, organization.id) == sorted([stays.id, leaves.id])

    assert await ports.members.remove(organization.id, leaves.id, at(10), ERASED,
                                      close_if_last=True) is MemberRemoval.REMOVED

    assert await _joined_by(ports, organization.id) == [stays.id]


async def test_the_last_member_who_joined_is_not_kept_on_the_closed_organizations_item(ports):
    founder, organization = await an_employer(ports)
    joiner = await _a_joiner(ports, organization.id, founder.id, minute=1)
    assert await ports.members.set_role(organization.id, joiner.id, OrganizationRole.OWNER) is RoleChange.CHANGED
    assert await ports.members.remove(organization.id, founder.id, at(5), ERASED,
                                      close_if_last=True) is MemberRemoval.REMOVED

    assert await ports.members.remove(organization.id, joiner.id, at(10), ERASED,
                                      close_if_last=True) is MemberRemoval.CLOSED

    assert await _joined_by(ports, organization.id) == []

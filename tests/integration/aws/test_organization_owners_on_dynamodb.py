"""Organizations a DynamoDB table held before roles existed get an owner at provisioning, as
SQLite's migration 41 chooses: the earliest member of each (by account creation, then id);
an organization that has an owner keeps it, and running it again changes nothing. Until then
its members are recruiters, so no one but an administrator removes anyone."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from adapters.aws.dynamodb.organization_members import DynamoOrganizationMembers
from adapters.aws.dynamodb.organization_owners import appoint_first_owners
from adapters.aws.dynamodb.repositories import dynamodb_repositories
from adapters.aws.dynamodb.users import user_item
from domain.ports.organization_members import MemberRemoval
from domain.users import OrganizationRole, Role
from tests.integration.contract.repository_backends import a_user, at


@pytest.fixture
async def dynamodb(aws_clients, dynamo_table):
    # The conftest's table, with the client the repositories are built on.
    return SimpleNamespace(client=await aws_clients.get("dynamodb"), table=dynamo_table)


async def test_the_earliest_member_of_each_organization_becomes_its_owner_once(dynamodb):
    helen, james = a_user(Role.EMPLOYER, organization_id="acme", minute=0), a_user(Role.EMPLOYER, organization_id="acme", minute=5)
    gus = a_user(Role.EMPLOYER, organization_id="globex", minute=0)
    owner = a_user(Role.EMPLOYER, organization_id="initech", minute=9).model_copy(
        update={"organization_role": OrganizationRole.OWNER})
    earlier = a_user(Role.EMPLOYER, organization_id="initech", minute=1)
    for person in (james, helen, gus, owner, earlier):  # stored as before roles: no organization_role
        await dynamodb.table.put(user_item(person))
    members = DynamoOrganizationMembers(dynamodb.table)
    assert await members.remove("acme", james.id, at(10), "r", by_owner=helen.id) is MemberRemoval.NOT_AN_OWNER

    appointed = await appoint_first_owners(dynamodb.table)

    assert (appointed.owners_appointed, appointed.organizations_with_an_owner) == (2, 1)
    users = dynamodb_repositories(dynamodb.client, dynamodb.table.name)["users"]
    roles = {u.id: u.role_in_organization for u in await users.get_many([helen.id, james.id, gus.id, owner.id,
                                                                       earlier.id]) if u}
    assert roles == {helen.id: OrganizationRole.OWNER, james.id: OrganizationRole.RECRUITER,
                     gus.id: OrganizationRole.OWNER, owner.id: OrganizationRole.OWNER,
                     earlier.id: OrganizationRole.RECRUITER}
    again = await appoint_first_owners(dynamodb.table)
    assert (again.owners_appointed, again.organizations_with_an_owner) == (0, 3)
    assert await members.remove("acme", helen.id, at(11), "r", by_owner=james.id) is MemberRemoval.NOT_AN_OWNER
    assert await members.remove("acme", james.id, at(11), "r", by_owner=helen.id) is MemberRemoval.REMOVED

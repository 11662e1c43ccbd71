"""Organizations a DynamoDB table held before names were claimed get their claims at
provisioning: the earliest of each name claims it (so no new organization can take it), a
later one of the same name keeps its item without a claim, and running it again changes nothing."""
from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest

from adapters.aws.dynamodb.organization_name_claims import claim_existing_names
from adapters.aws.dynamodb.repositories import dynamodb_repositories
from adapters.aws.dynamodb.users import organization_item
from domain.errors import Conflict
from domain.users import Role
from tests.integration.contract.repository_backends import a_user, an_organization


@pytest.fixture
async def dynamodb(aws_clients, dynamo_table):
    # The conftest's table, with the client the repositories are built on.
    return SimpleNamespace(client=await aws_clients.get("dynamodb"), table=dynamo_table)


async def test_the_earliest_organization_of_each_name_claims_it_and_a_rerun_changes_nothing(dynamodb):
    first, later, other = an_organization("Acme Care Homes"), an_organization("ACME care  homes"), an_organization("Initech")
    later = later.model_copy(update={"created_at": first.created_at + timedelta(days=3)})
    for organization in (later, first, other):  # stored as before: no claims
        await dynamodb.table.put(organization_item(organization))

    claimed = await claim_existing_names(dynamodb.table)

    assert (claimed.claimed, claimed.already_claimed, claimed.left_as_duplicates) == (2, 0, [later.id])
    again = await claim_existing_names(dynamodb.table)
    assert (again.claimed, again.already_claimed, again.left_as_duplicates) == (0, 2, [later.id])
    users = dynamodb_repositories(dynamodb.client, dynamodb.table.name)["users"]
    newcomer = an_organization("acme care homes")
    with pytest.raises(Conflict):
        await users.add(a_user(Role.EMPLOYER, organization_id=newcomer.id), newcomer)

"""Organizations a DynamoDB table held before names were claimed get their claims at
provisioning: the earliest of each name claims it (so no new organization can take it), a
later one of the same name keeps its item without a claim, and running it again changes nothing."""
from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest

from adapters.aws.dynamodb.organization_name_claims import claim_existing_names
from adapters.aws.dynamodb.repositories import dynamodb_repositories
from adapters.aws.dynamodb.users import organization_item, organization_name_claim
from domain.errors import Conflict
from domain.users import Role
from tests.integration.contract.repository_backends import START, a_user, an_organization


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


async def test_a_closed_organization_claims_its_name_no_more(dynamodb):
    """Its closing gave the name up, and another organization may hold it since."""
    closed = an_organization("Globex Kitchens").model_copy(update={"closed_at": START + timedelta(days=9)})
    successor = an_organization("GLOBEX kitchens").model_copy(update={"created_at": START + timedelta(days=10)})
    for organization in (closed, successor):
        await dynamodb.table.put(organization_item(organization))

    claimed = await claim_existing_names(dynamodb.table)

    assert (claimed.claimed, claimed.left_as_duplicates) == (1, [])
    claim = organization_name_claim(successor)
    holder = await dynamodb.table.get({"PK": claim["PK"], "SK": claim["SK"]})
    assert holder is not None and holder["organization_id"]["S"] == successor.id

"""ORGNAME# claims for organizations stored before names were claimed (adapters/aws/dynamodb/users.py
claims each new one in its founder's transaction). Run by `talentgraph provision`: the
earliest organization of each name (by created_at, then id) claims it, a later one whose name
was already the same is left without a claim (as SQLite's migration 39 leaves it without a
key), and a claim already there is kept. Running it again changes nothing."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.codec import to_model
from adapters.aws.dynamodb.users import organization_name_claim
from domain.organization_names import organization_name_key
from domain.users import Organization

_NOT_CLAIMED = "attribute_not_exists(PK)"


@dataclass(frozen=True)
class Claimed:
    claimed: int
    already_claimed: int
    left_as_duplicates: list[str]  # organization ids whose name an earlier one holds


async def claim_existing_names(table: DynamoTable) -> Claimed:
    organizations = sorted(
        # A closed organization gave its name up (organization_closing.py): it claims none again.
        [o for o in await _every_organization(table) if organization_name_key(o.name) and o.closed_at is None],
        key=lambda o: (o.created_at, o.id),
    )
    claimed = already = 0
    duplicates: list[str] = []
    for organization in organizations:
        claim = organization_name_claim(organization)
        if await table.put(claim, _NOT_CLAIMED):
            claimed += 1
            continue
        holder = await table.get({"PK": claim["PK"], "SK": claim["SK"]})
        if holder is not None and holder["organization_id"]["S"] == organization.id:
            already += 1
        else:
            duplicates.append(organization.id)
    return Claimed(claimed, already, duplicates)


async def _every_organization(table: DynamoTable) -> list[Organization]:
    request: dict[str, Any] = {
        "TableName": table.name, "FilterExpression": "entity = :organization",
        "ExpressionAttributeValues": {":organization": {"S": "organization"}}, "ConsistentRead": True,
    }
    found: list[Organization] = []
    while True:
        response = await table.client.scan(**request)
        found.extend(to_model(Organization, item) for item in response.get("Items", []))
        if not response.get("LastEvaluatedKey"):
            return found
        request["ExclusiveStartKey"] = response["LastEvaluatedKey"]

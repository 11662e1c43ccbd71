"""Owners for organizations stored before roles existed (new ones get theirs when registered).
Run by `talentgraph provision`: in each organization with members and no owner, the earliest
member (by account creation, then id: the founder while they stay, the longest-standing
recruiter otherwise, as SQLite's migration 41 chooses) becomes its owner, on the condition
that they still belong to it. Until it runs, such an organization's members are recruiters
and only an administrator removes members or changes roles. Running it again changes nothing."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.codec import to_attributes, to_model
from domain.users import OrganizationRole, User


@dataclass(frozen=True)
class Appointed:
    owners_appointed: int
    organizations_with_an_owner: int


async def appoint_first_owners(table: DynamoTable) -> Appointed:
    members: dict[str, list[User]] = defaultdict(list)
    for user in await _every_member(table):
        if user.organization_id:
            members[user.organization_id].append(user)
    appointed = already = 0
    for organization_id, people in members.items():
        if any(p.owns(organization_id) for p in people):
            already += 1
            continue
        earliest = min(people, key=lambda p: (p.created_at, p.id))
        if await table.update(
            keys.user(earliest.id), "SET organization_role = :owner", "organization_id = :org",
            ExpressionAttributeValues=to_attributes({":owner": OrganizationRole.OWNER.value, ":org": organization_id}),
        ):
            appointed += 1
    return Appointed(appointed, already)


async def _every_member(table: DynamoTable) -> list[User]:
    request: dict[str, Any] = {
        "TableName": table.name, "FilterExpression": "entity = :user AND attribute_exists(organization_id)",
        "ExpressionAttributeValues": {":user": {"S": "user"}}, "ConsistentRead": True,
    }
    found: list[User] = []
    while True:
        response = await table.client.scan(**request)
        found.extend(to_model(User, item) for item in response.get("Items", []))
        if not response.get("LastEvaluatedKey"):
            return found
        request["ExclusiveStartKey"] = response["LastEvaluatedKey"]

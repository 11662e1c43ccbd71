"""Users a DynamoDB table held before an administrator's search matched names folded as a
plain keyboard types them ("lukasz" for "Łukasz") get today's `search_text`
(users.admin_listing); run by `talentgraph provision`. Only user items are written, when their
stored text differs from the one their email and name make now.

Each is written on the condition that its email, name and search text are still those read:
a user written meanwhile (by today's release, so with today's text) is never overwritten with
one made from an older copy. A run cut short is finished by the next, which reads every user
again; running it again changes nothing."""
from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from adapters.aws.dynamodb.access import DynamoTable, Item
from adapters.aws.dynamodb.query import responses
from adapters.aws.dynamodb.users import search_text


@dataclass(frozen=True)
class UserSearchBackfill:
    users_checked: int
    users_rewritten: int


async def backfill_user_search_text(table: DynamoTable) -> UserSearchBackfill:
    checked = rewritten = 0
    async for item in _users(table):
        checked += 1
        if "email" not in item or "name" not in item:
            continue
        wanted = search_text(item["email"]["S"], item["name"]["S"])
        stored = item.get("search_text")
        if stored is not None and stored.get("S") == wanted:
            continue
        rewritten += await rewrite_user_search_text(table, item, wanted)
    return UserSearchBackfill(checked, rewritten)


async def rewrite_user_search_text(table: DynamoTable, item: Item, wanted: str) -> bool:
    values: dict[str, Any] = {":text": {"S": wanted}, ":email": item["email"], ":name": item["name"]}
    if "search_text" in item:
        was = "#text = :was"
        values[":was"] = item["search_text"]
    else:
        was = "attribute_not_exists(#text)"
    return await table.update(
        {"PK": item["PK"], "SK": item["SK"]}, "SET #text = :text",
        f"attribute_exists(PK) AND #email = :email AND #name = :name AND {was}",
        ExpressionAttributeNames={"#text": "search_text", "#email": "email", "#name": "name"},
        ExpressionAttributeValues=values,
    )


async def _users(table: DynamoTable) -> AsyncIterator[Item]:
    request: dict[str, Any] = {
        "TableName": table.name, "FilterExpression": "entity = :user",
        "ProjectionExpression": "PK, SK, email, #name, search_text",
        "ExpressionAttributeNames": {"#name": "name"},
        "ExpressionAttributeValues": {":user": {"S": "user"}}, "ConsistentRead": True,
    }
    async for response in responses(table, request, scan=True):
        for item in response.get("Items", []):
            yield item

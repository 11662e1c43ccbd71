"""An erased person's traces in the organizations' invitations on DynamoDB: as in SQLite, the
inviter's id goes (FORMER_MEMBER), and of an invitation they accepted, or a closed one to their
address, the invitee's id and address. Invitations are listed by organization only while open
(GSI1), so the closed ones naming the person are found by a scan of the invitation items: one
read of the table per erasure, which is rare (the table holds no index by inviter or invitee)."""
from __future__ import annotations

from typing import Any

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable
from domain.invitations import FORMER_MEMBER


async def forget_in_invitations(table: DynamoTable, user_id: str, email: str) -> None:
    address = email.lower()
    for item in await _naming(table, user_id, address):
        key = keys.invitation(item["id"]["S"])
        if item.get("invited_by", {}).get("S") == user_id:
            await table.update(key, "SET invited_by = :former", "invited_by = :id", ExpressionAttributeValues={
                ":former": {"S": FORMER_MEMBER}, ":id": {"S": user_id}})
        closed = "accepted_at" in item or "revoked_at" in item
        if item.get("accepted_by", {}).get("S") == user_id or (item.get("email", {}).get("S") == address and closed):
            await table.update(key, "SET email = :none REMOVE accepted_by", "attribute_exists(PK)",
                               ExpressionAttributeValues={":none": {"S": ""}})


async def _naming(table: DynamoTable, user_id: str, address: str) -> list[dict[str, Any]]:
    request: dict[str, Any] = {
        "TableName": table.name, "ConsistentRead": True,
        "FilterExpression": "entity = :invitation AND (invited_by = :id OR accepted_by = :id OR email = :email)",
        "ExpressionAttributeValues": {":invitation": {"S": "invitation"}, ":id": {"S": user_id},
                                      ":email": {"S": address}},
    }
    found: list[dict[str, Any]] = []
    while True:
        response = await table.client.scan(**request)
        found.extend(response.get("Items", []))
        if not response.get("LastEvaluatedKey"):
            return found
        request["ExclusiveStartKey"] = response["LastEvaluatedKey"]

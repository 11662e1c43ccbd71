"""Organization invitations on the one DynamoDB table (docs/dynamodb.md, "Invitations").
Accepting is one transaction: the invitation, on the condition that it is still open and
unexpired, and the person's user item, which joins the organization's GSI1 partition."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled, put_new
from adapters.aws.dynamodb.codec import keyed, plain, stored_moment, to_attributes, to_model
from adapters.aws.dynamodb.lookups import get_many
from adapters.aws.dynamodb.query import ListQuery, read_all
from domain.invitations import Invitation
from domain.users import User

# Open: neither accepted nor revoked. `expires_key` is the expiry as keys.moment text, so
# that the condition compares like with like.
_OPEN = "attribute_exists(PK) AND attribute_not_exists(accepted_at) AND attribute_not_exists(revoked_at)"


def _item(invitation: Invitation) -> dict:
    return keyed(keys.invitation(invitation.id), {
        **plain(invitation), "entity": "invitation", "expires_key": keys.moment(invitation.expires_at),
        "GSI1PK": keys.organization_invitations(invitation.organization_id),
        "GSI1SK": keys.ordered(invitation.created_at, invitation.id),
    })


class DynamoInvitationRepository:
    def __init__(self, table: DynamoTable) -> None:
        self._table = table

    async def add(self, invitation: Invitation) -> None:
        await self._table.transact([
            put_new(_item(invitation)),
            put_new(keyed(keys.invitation_secret(invitation.token_hash), {"invitation_id": invitation.id})),
        ])

    async def get_many(self, ids: Sequence[str]) -> list[Invitation | None]:
        return await get_many(self._table, ids, keys.invitation, Invitation)

    async def find(self, token_hash: str) -> Invitation | None:
        pointer = await self._table.get(keys.invitation_secret(token_hash))
        if pointer is None:
            return None
        (invitation,) = await self.get_many([pointer["invitation_id"]["S"]])
        return invitation

    async def open_for(self, organization_id: str) -> list[Invitation]:
        items = await read_all(
            self._table, ListQuery(keys.GSI1, keys.organization_invitations(organization_id), ascending=True))
        return [to_model(Invitation, item) for item in items]

    async def accept(self, invitation_id: str, user_id: str, now: datetime) -> bool:
        (invitation,) = await self.get_many([invitation_id])
        user_item = await self._table.get(keys.user(user_id))
        if invitation is None or user_item is None:
            return False
        user = to_model(User, user_item)
        accepted = {
            "Update": {
                "Key": keys.invitation(invitation_id),
                "UpdateExpression": "SET accepted_at = :at, accepted_by = :by REMOVE GSI1PK, GSI1SK",
                "ConditionExpression": f"{_OPEN} AND expires_key > :now",
                "ExpressionAttributeValues": to_attributes(
                    {":at": stored_moment(now), ":by": user_id, ":now": keys.moment(now)}),
            }
        }
        # The user item as it was read: a concurrent change to it (another acceptance, a
        # role change) cancels this one rather than being overwritten.
        joined = {
            "Update": {
                "Key": keys.user(user_id),
                "UpdateExpression": "SET #role = :employer, organization_id = :org, GSI1PK = :members,"
                                    " GSI1SK = :order",
                "ConditionExpression": "attribute_exists(PK) AND #role = :was AND attribute_not_exists(organization_id)",
                "ExpressionAttributeNames": {"#role": "role"},
                "ExpressionAttributeValues": to_attributes({
                    ":employer": "EMPLOYER", ":org": invitation.organization_id, ":was": user.role.value,
                    ":members": keys.organization_members(invitation.organization_id),
                    ":order": keys.ordered(user.created_at, user.id),
                }),
            }
        }
        try:
            await self._table.transact([accepted, joined])
        except TransactionCancelled:
            return False
        return True

    async def revoke(self, invitation_id: str, now: datetime) -> bool:
        return await self._table.update(
            keys.invitation(invitation_id), "SET revoked_at = :at REMOVE GSI1PK, GSI1SK", _OPEN,
            ExpressionAttributeValues=to_attributes({":at": stored_moment(now)}),
        )

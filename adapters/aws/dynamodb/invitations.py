"""Organization invitations on the one DynamoDB table (docs/dynamodb.md, "Invitations").
Accepting is one transaction: the invitation, on the condition that it is still open and
unexpired, the person's user item, which joins the organization's GSI1 partition (or,
signing up with the invitation, the new user item and its email claim), and the
organization's item, on the condition that it is not closed (organization_closing.py). Adding and accepting
also write the pointers by which an erasure finds the invitation (invitation_pointers.py)."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled, put_new
from adapters.aws.dynamodb.address_holds import claim
from adapters.aws.dynamodb.codec import keyed, plain, stored_moment, to_attributes, to_model
from adapters.aws.dynamodb.invitation_pointers import POINTED, pointer_put, pointer_puts
from adapters.aws.dynamodb.lookups import get_many
from adapters.aws.dynamodb.organization_closing import joined as organization_joined
from adapters.aws.dynamodb.query import ListQuery, read_all
from adapters.aws.dynamodb.users import user_item
from domain.errors import Forbidden, email_taken
from domain.invitations import Invitation
from domain.users import User

# Open: neither accepted nor revoked. `expires_key` is the expiry as keys.moment text, so
# that the condition compares like with like.
_OPEN = "attribute_exists(PK) AND attribute_not_exists(accepted_at) AND attribute_not_exists(revoked_at)"


def _item(invitation: Invitation) -> dict:
    return keyed(keys.invitation(invitation.id), {
        **plain(invitation), "entity": "invitation", "expires_key": keys.moment(invitation.expires_at),
        POINTED: True,
        "GSI1PK": keys.organization_invitations(invitation.organization_id),
        "GSI1SK": keys.ordered(invitation.created_at, invitation.id),
    })


# A transaction holds at most 100 actions; the acceptance takes four (five signing up).
_MOST_SETTLED = 90


def _accepted(invitation_id: str, user_id: str, now: datetime) -> list[dict]:
    """The acceptance, and the pointer from the person's id that their erasure reads."""
    return [{
        "Update": {
            "Key": keys.invitation(invitation_id),
            "UpdateExpression": "SET accepted_at = :at, accepted_by = :by REMOVE GSI1PK, GSI1SK",
            "ConditionExpression": f"{_OPEN} AND expires_key > :now",
            "ExpressionAttributeValues": to_attributes(
                {":at": stored_moment(now), ":by": user_id, ":now": keys.moment(now)}),
        }
    }, pointer_put(keys.invitation_accepted_by(user_id, invitation_id), invitation_id)]


def _being_erased() -> Forbidden:
    return Forbidden("This account is gone or being deleted; it can neither invite nor join anyone.",
                     reason="ACCOUNT_DELETED")


def _inviter_here(user_id: str) -> dict:
    return {"ConditionCheck": {"Key": keys.user(user_id),
                               "ConditionExpression": "attribute_exists(PK) AND attribute_not_exists(erasing)"}}


class DynamoInvitationRepository:
    def __init__(self, table: DynamoTable) -> None:
        self._table = table

    async def add(self, invitation: Invitation) -> None:
        # The inviter's account must exist and not be under erasure (account_store.py marks it
        # before reading their pointers), so no invitation naming them lands behind those reads.
        try:
            await self._table.transact([
                _inviter_here(invitation.invited_by),
                put_new(_item(invitation)),
                put_new(keyed(keys.invitation_secret(invitation.token_hash), {"invitation_id": invitation.id})),
                *pointer_puts(invitation),
            ])
        except TransactionCancelled as cancelled:
            if cancelled.failed(0):
                raise _being_erased() from None
            raise

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
        if "erasing" in user_item:
            raise _being_erased()
        user = to_model(User, user_item)
        # The user item as it was read, an employer of no organization (a candidate's account
        # is never turned into a recruiter's): a concurrent change to it (another acceptance)
        # cancels this one rather than being overwritten.
        joined = {
            "Update": {
                "Key": keys.user(user_id),
                "UpdateExpression": "SET organization_id = :org, organization_role = :recruiter,"
                                    " GSI1PK = :members, GSI1SK = :order",
                "ConditionExpression": "attribute_exists(PK) AND #role = :employer"
                                       " AND attribute_not_exists(organization_id) AND attribute_not_exists(erasing)",
                "ExpressionAttributeNames": {"#role": "role"},
                "ExpressionAttributeValues": to_attributes({
                    ":employer": "EMPLOYER", ":org": invitation.organization_id, ":recruiter": "RECRUITER",
                    ":members": keys.organization_members(invitation.organization_id),
                    ":order": keys.ordered(user.created_at, user.id),
                }),
            }
        }
        try:
            await self._table.transact([*_accepted(invitation_id, user_id, now), joined,
                                        organization_joined(invitation.organization_id, user_id),
                                        *await self._settled_with(invitation, now)])
        except TransactionCancelled:
            # The erasure marked the account meanwhile: said as the inviting side hears it.
            if "erasing" in (await self._table.get(keys.user(user_id), ["erasing"]) or {}):
                raise _being_erased() from None
            return False
        return True

    async def accept_with_new_account(self, invitation_id: str, user: User, now: datetime) -> bool:
        (invitation,) = await self.get_many([invitation_id])
        if invitation is None:
            return False
        accepted = _accepted(invitation_id, user.id, now)
        try:
            await self._table.transact([
                *accepted, claim(user.email, user.id, user.created_at), put_new(user_item(user)),
                organization_joined(invitation.organization_id, user.id),
                *await self._settled_with(invitation, now),
            ])
        except TransactionCancelled as cancelled:
            if cancelled.failed(len(accepted)):  # the address's claim
                raise email_taken() from None
            return False
        return True

    async def _settled_with(self, invitation: Invitation, now: datetime) -> list[dict]:
        """The other open invitations of the same address to the same organization, revoked in
        the acceptance's transaction. Read from GSI1 (eventually consistent): one made a moment
        before may be missed and stay pending. No condition on their being open (a revoke of one
        in between must not cancel the acceptance), only on their not being accepted."""
        siblings = [i for i in await self.open_for(invitation.organization_id)
                    if i.email == invitation.email and i.id != invitation.id]
        return [{
            "Update": {
                "Key": keys.invitation(sibling.id),
                "UpdateExpression": "SET revoked_at = if_not_exists(revoked_at, :at) REMOVE GSI1PK, GSI1SK",
                "ConditionExpression": "attribute_exists(PK) AND attribute_not_exists(accepted_at)",
                "ExpressionAttributeValues": to_attributes({":at": stored_moment(now)}),
            }
        } for sibling in siblings[:_MOST_SETTLED]]

    async def revoke(self, invitation_id: str, now: datetime) -> bool:
        return await self._table.update(
            keys.invitation(invitation_id), "SET revoked_at = :at REMOVE GSI1PK, GSI1SK", _OPEN,
            ExpressionAttributeValues=to_attributes({":at": stored_moment(now)}),
        )

"""An erased person's traces in the organizations' invitations on DynamoDB: as in SQLite, the
inviter's id goes (FORMER_MEMBER), and of an invitation they accepted, or a closed one to their
address, the invitee's id and address. Invitations are listed by organization only while open
(GSI1), so the ones naming the person are found through the pointers naming them
(invitation_pointers.py): one consistent Query of the partition of their id and one of their
address, then the invitations pointed to, a BatchGetItem per hundred. No Scan: an erasure reads
about as many items as the person has invitations, whatever the table's size.

Each invitation is rewritten before its pointers go, so an erasure cut short and run again
finds what is left by the pointers still there (the rewrites are idempotent). The pointers by
the person's id all go. One by the address stays only while its invitation is open and still
holds the address: that invitation is the organization's offer to an address (which it may
revoke), not to this account, and is kept as it is; once closed, the erasure of whoever then
holds the address finds it by that pointer."""
from __future__ import annotations

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import BATCH_GET_LIMIT, DynamoTable, Item, Key
from adapters.aws.dynamodb.invitation_pointers import pointed_id
from adapters.aws.dynamodb.lookups import get_many
from adapters.aws.dynamodb.query import ListQuery, read_all
from domain.invitations import FORMER_MEMBER, Invitation


async def forget_in_invitations(table: DynamoTable, user_id: str, email: str) -> None:
    address = email.lower()
    by_id = await _pointers(table, keys.invitations_of_user(user_id))
    to_address = await _pointers(table, keys.invitations_to(address))
    pointers = [*by_id, *to_address]
    for start in range(0, len(pointers), BATCH_GET_LIMIT):
        chunk = pointers[start:start + BATCH_GET_LIMIT]
        ids = list(dict.fromkeys(pointed_id(p) for p in chunk))
        offered: set[str] = set()
        for invitation in await get_many(table, ids, keys.invitation, Invitation):
            if invitation is None:
                continue
            await _forget(table, invitation, user_id, address)
            if _open(invitation) and invitation.email.lower() == address:
                offered.add(invitation.id)
        spent = [p for p in chunk if _by_id(p, user_id) or pointed_id(p) not in offered]
        await table.batch_delete(_key(p) for p in spent)


async def _pointers(table: DynamoTable, partition: str) -> list[Item]:
    return await read_all(table, ListQuery(None, partition, ascending=True, consistent=True))


async def _forget(table: DynamoTable, invitation: Invitation, user_id: str, address: str) -> None:
    key = keys.invitation(invitation.id)
    if invitation.invited_by == user_id:
        await table.update(key, "SET invited_by = :former", "invited_by = :id", ExpressionAttributeValues={
            ":former": {"S": FORMER_MEMBER}, ":id": {"S": user_id}})
    if invitation.accepted_by == user_id or (invitation.email == address and not _open(invitation)):
        await table.update(key, "SET email = :none REMOVE accepted_by", "attribute_exists(PK)",
                           ExpressionAttributeValues={":none": {"S": ""}})


def _open(invitation: Invitation) -> bool:
    """Neither accepted nor revoked (an expired one is open still, as in SQLite's erasure)."""
    return invitation.accepted_at is None and invitation.revoked_at is None


def _by_id(pointer: Item, user_id: str) -> bool:
    return str(pointer["PK"]["S"]) == keys.invitations_of_user(user_id)


def _key(pointer: Item) -> Key:
    return {"PK": pointer["PK"], "SK": pointer["SK"]}

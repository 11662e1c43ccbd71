"""Invitations a DynamoDB table held before the pointers naming their people
(invitation_pointers.py) get them; run by `talentgraph provision`. An erasure finds invitations
only through pointers, so until this has run it leaves an older invitation naming the person.

One consistent Scan reads the invitations not yet marked POINTED; each is then pointed in one
transaction:
- a Put of each pointer from the names it holds (unconditional: an acceptance may have written
  one already, with the same content);
- a ConditionCheck on the user item of each id it names: there, and not being erased. An erasure
  marks the user `erasing` before it reads the pointers, so a pointer written after that would be
  missed by it; the invitation is left for a run after the erasure is finished;
- the invitation's update setting POINTED, on the condition that it is unmarked and names whom
  it named when read (an acceptance, a revoke or an erasure meanwhile leaves it for the next run).
An id whose user item is gone is of a person erased before this ran (a release that looked for
pointers only): that invitation is rewritten in the same update as their erasure would have
(inviter -> FORMER_MEMBER; of one they accepted, no invitee id or address), and gets no pointer
from them. An address names no account: a closed invitation to the address of a person so
erased keeps it (docs/dynamodb.md). Marked invitations are passed over, so running it again
changes nothing, and a run cut short is finished by the next."""
from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import BATCH_GET_LIMIT, DynamoTable, Item, TransactionCancelled
from adapters.aws.dynamodb.codec import to_model
from adapters.aws.dynamodb.invitation_pointers import POINTED, pointer_puts
from adapters.aws.dynamodb.lookups import pair
from adapters.aws.dynamodb.query import responses
from domain.invitations import FORMER_MEMBER, Invitation


@dataclass(frozen=True)
class InvitationPointerBackfill:
    invitations_pointed: int
    # Left for the next run: changed while this one read them, or naming someone being erased.
    invitations_left: int


async def backfill_invitation_pointers(table: DynamoTable) -> InvitationPointerBackfill:
    pointed = left = 0
    chunk: list[Item] = []
    async for item in _unpointed(table):
        chunk.append(item)
        if len(chunk) >= BATCH_GET_LIMIT:
            done, undone = await _point(table, chunk)
            pointed, left, chunk = pointed + done, left + undone, []
    done, undone = await _point(table, chunk)
    return InvitationPointerBackfill(pointed + done, left + undone)


async def _point(table: DynamoTable, items: list[Item]) -> tuple[int, int]:
    invitations = [(item, to_model(Invitation, item)) for item in items]
    named = {i for _, invitation in invitations for i in _ids(invitation)}
    people = await table.batch_get((keys.user(i) for i in named), projection=["erasing"]) if named else {}
    pointed = left = 0
    for item, invitation in invitations:
        found = {i: people.get(pair(keys.user(i))) for i in _ids(invitation)}
        if any(person is not None and "erasing" in person for person in found.values()):
            left += 1
            continue
        gone = {i for i, person in found.items() if person is None}
        if await _point_one(table, item, invitation, gone):
            pointed += 1
        else:
            left += 1
    return pointed, left


async def _point_one(table: DynamoTable, item: Item, invitation: Invitation, gone: set[str]) -> bool:
    forgotten = invitation
    if invitation.invited_by in gone:
        forgotten = forgotten.model_copy(update={"invited_by": FORMER_MEMBER})
    if invitation.accepted_by is not None and invitation.accepted_by in gone:
        forgotten = forgotten.model_copy(update={"email": "", "accepted_by": None})
    present = [i for i in _ids(invitation) if i not in gone]
    try:
        await table.transact([
            *pointer_puts(forgotten),
            *({"ConditionCheck": {"Key": keys.user(i),
                                  "ConditionExpression": "attribute_exists(PK) AND attribute_not_exists(erasing)"}}
              for i in present),
            _marked(item, forgotten),
        ])
    except TransactionCancelled:
        return False
    return True


def _marked(item: Item, forgotten: Invitation) -> dict[str, Any]:
    """The invitation marked POINTED (and rewritten for a person gone), if unchanged since read."""
    values: dict[str, Any] = {":yes": {"BOOL": True}, ":by": item["invited_by"], ":email": item["email"],
                              ":now_by": {"S": forgotten.invited_by}, ":now_email": {"S": forgotten.email}}
    if "accepted_by" in item:
        accepted = "accepted_by = :accepted"
        values[":accepted"] = item["accepted_by"]
    else:
        accepted = "attribute_not_exists(accepted_by)"
    remove = " REMOVE accepted_by" if "accepted_by" in item and forgotten.accepted_by is None else ""
    return {"Update": {
        "Key": {"PK": item["PK"], "SK": item["SK"]},
        "UpdateExpression": f"SET #pointed = :yes, invited_by = :now_by, email = :now_email{remove}",
        "ConditionExpression": f"attribute_exists(PK) AND attribute_not_exists(#pointed)"
                               f" AND invited_by = :by AND email = :email AND {accepted}",
        "ExpressionAttributeNames": {"#pointed": POINTED},
        "ExpressionAttributeValues": values,
    }}


def _ids(invitation: Invitation) -> list[str]:
    """The user ids the invitation names (one, when a person accepted their own)."""
    named = [invitation.invited_by] if invitation.invited_by != FORMER_MEMBER else []
    if invitation.accepted_by and invitation.accepted_by not in named:
        named.append(invitation.accepted_by)
    return named


async def _unpointed(table: DynamoTable) -> AsyncIterator[Item]:
    request: dict[str, Any] = {
        "TableName": table.name, "ConsistentRead": True,
        "FilterExpression": "entity = :invitation AND attribute_not_exists(#pointed)",
        "ExpressionAttributeNames": {"#pointed": POINTED},
        "ExpressionAttributeValues": {":invitation": {"S": "invitation"}},
    }
    async for response in responses(table, request, scan=True):
        for item in response.get("Items", []):
            yield item

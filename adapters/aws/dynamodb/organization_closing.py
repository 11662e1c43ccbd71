"""An organization's closing on DynamoDB, and the gate every join passes.

The members listing is a GSI and may lag, so "nobody else is a member" cannot be read from
it alone. Every join by invitation (invitations.py) therefore also updates the organization's
item, on the condition that it is not closed: it counts the join (`joins`) and records who
joined (`joined_by`). The closing reads that item strongly, checks each recorded joiner's
own item strongly (one still a member is no last member's case), and closes in one
TransactWriteItems with the last member's removal, on the condition that the count is still
the one read and the organization not closed. So a join and a closing touch the same item and
DynamoDB orders them: a join committed first makes the closing's condition fail (the removal
is tried again and finds the new member); a closing committed first makes the join's fail.
A founder joins with the organization's own item (users.py), before any closing can run."""
from __future__ import annotations

from datetime import datetime

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.codec import stored_moment, to_attributes
from domain.invitations import Invitation
from domain.organization_names import organization_name_key

_NOT_CLOSED = "attribute_exists(PK) AND attribute_not_exists(closed_at)"


def joined(organization_id: str, user_id: str) -> dict:
    """The join's update of the organization's item, in the join's transaction."""
    return {"Update": {
        "Key": keys.organization(organization_id),
        "UpdateExpression": "ADD joins :one, joined_by :me",
        "ConditionExpression": _NOT_CLOSED,
        "ExpressionAttributeValues": {":one": {"N": "1"}, ":me": {"SS": [user_id]}},
    }}


async def left(table: DynamoTable, organization_id: str, user_id: str) -> None:
    """After a member's removal: the organization's item no longer names them among its joiners
    (the record is there to find members, and an erased person's id is kept nowhere)."""
    await table.update(keys.organization(organization_id), "DELETE joined_by :me", "attribute_exists(PK)",
                       ExpressionAttributeValues={":me": {"SS": [user_id]}})


class Standing:
    """The organization's item as the closing read it."""

    def __init__(self, item: dict | None) -> None:
        self.exists = item is not None
        self.closed = item is not None and "closed_at" in item
        self.name: str | None = item["name"]["S"] if item is not None and "name" in item else None
        self.joins = int(item["joins"]["N"]) if item is not None and "joins" in item else 0
        self.joined_by: list[str] = sorted(item["joined_by"]["SS"]) if item is not None and "joined_by" in item else []


async def standing(table: DynamoTable, organization_id: str) -> Standing:
    return Standing(await table.get(keys.organization(organization_id)))


async def closing(table: DynamoTable, organization_id: str, read: Standing, now: datetime,
                  invitations: list[Invitation]) -> list[dict]:
    """The actions that close the organization, beside the last member's removal: its item,
    on the condition that nobody joined since `read`, its record of joiners dropped (nobody
    joins a closed organization, and the last one's id must not stay); its name's claim, when it holds it (a
    name stored before claims may be held by another); the open invitations listed."""
    count = "joins = :joins" if read.joins else "attribute_not_exists(joins)"
    values = {":at": stored_moment(now), **({":joins": read.joins} if read.joins else {})}
    actions: list[dict] = [{"Update": {
        "Key": keys.organization(organization_id),
        "UpdateExpression": "SET closed_at = :at REMOVE joined_by",
        "ConditionExpression": f"{_NOT_CLOSED} AND {count}",
        "ExpressionAttributeValues": to_attributes(values),
    }}]
    if read.name is not None:
        claim_key = keys.organization_name(organization_name_key(read.name))
        claim = await table.get(claim_key, ["organization_id"])
        if claim is not None and claim["organization_id"]["S"] == organization_id:
            actions.append({"Delete": {
                "Key": claim_key, "ConditionExpression": "organization_id = :org",
                "ExpressionAttributeValues": to_attributes({":org": organization_id}),
            }})
    actions.extend(_revoked(i.id, now) for i in invitations)
    return actions


def _revoked(invitation_id: str, now: datetime) -> dict:
    # As an acceptance settles its siblings: no condition on its being open (a revoke of it in
    # between must not cancel the closing), only on its not being accepted (then the acceptance
    # came first, and this removal is no last member's).
    return {"Update": {
        "Key": keys.invitation(invitation_id),
        "UpdateExpression": "SET revoked_at = if_not_exists(revoked_at, :at) REMOVE GSI1PK, GSI1SK",
        "ConditionExpression": "attribute_exists(PK) AND attribute_not_exists(accepted_at)",
        "ExpressionAttributeValues": to_attributes({":at": stored_moment(now)}),
    }}

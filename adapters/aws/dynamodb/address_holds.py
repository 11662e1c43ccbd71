"""An address an account gave up, held for it for a while (the week its undo link works): its
EMAIL# claim stays, marked `held_until` (epoch seconds) with the table's TTL attribute to clean
it up later. A claim is put over a hold whose time ended (the TTL deletes late, hours or days);
only the holder takes back one still running. The user item lists the addresses it held, in
`held_addresses`, for the erasure to release (it reads them once changes are refused)."""
from __future__ import annotations

import math
from datetime import UTC, datetime
from decimal import Decimal

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, key_of
from adapters.aws.dynamodb.codec import keyed, to_attributes
from adapters.aws.dynamodb.table import TTL_ATTRIBUTE
from domain.users import HeldAddress

HELD_ADDRESSES = "held_addresses"
_FREE = "attribute_not_exists(PK) OR held_until < :now"


def epoch(moment: datetime) -> Decimal:
    return Decimal(repr(moment.timestamp()))


def claim(email: str, user_id: str, now: datetime) -> dict:
    """The put of a new account's address: nothing stored there, or a hold that ended."""
    return {"Put": {"Item": keyed(keys.email(email), {"user_id": user_id}), "ConditionExpression": _FREE,
                    "ExpressionAttributeValues": to_attributes({":now": epoch(now)})}}


def take(email: str, user_id: str, now: datetime) -> dict:
    """The put of an address an account changes to: free as for `claim`, or held for that account."""
    return {"Put": {"Item": keyed(keys.email(email), {"user_id": user_id}),
                    "ConditionExpression": f"{_FREE} OR (attribute_exists(held_until) AND user_id = :id)",
                    "ExpressionAttributeValues": to_attributes({":now": epoch(now), ":id": user_id})}}


def hold(email: str, user_id: str, until: datetime) -> dict:
    """The claim on the address the account gives up, kept as a hold (only the account's own)."""
    return {"Put": {"Item": keyed(keys.email(email), {
        "user_id": user_id, "held_until": epoch(until), TTL_ATTRIBUTE: math.ceil(until.timestamp()) + 1}),
        "ConditionExpression": "user_id = :id", "ExpressionAttributeValues": to_attributes({":id": user_id})}}


async def held_by(table: DynamoTable, user_id: str, now: datetime) -> list[HeldAddress]:
    listed = await table.get(keys.user(user_id), [HELD_ADDRESSES])
    if listed is None or HELD_ADDRESSES not in listed:
        return []
    addresses = sorted(listed[HELD_ADDRESSES]["SS"])
    claims = await table.batch_get([keys.email(a) for a in addresses])
    held = []
    for address in addresses:
        found = claims.get(key_of(keys.email(address)))
        if found is None or found.get("user_id", {}).get("S") != user_id or "held_until" not in found:
            continue  # taken back, or another's now
        until = Decimal(found["held_until"]["N"])
        if until > epoch(now):
            held.append(HeldAddress(email=address, held_until=datetime.fromtimestamp(float(until), UTC)))
    return held


async def holder_of(table: DynamoTable, email: str, now: datetime) -> str | None:
    found = await table.get(keys.email(email))
    if found is None or "held_until" not in found or Decimal(found["held_until"]["N"]) <= epoch(now):
        return None
    return found["user_id"]["S"]


async def release_holds(table: DynamoTable, user_id: str, addresses: list[str]) -> None:
    """The account's holds, each only while still its hold (an address signed up with again after
    its hold ended, or taken back as the account's own, is not touched)."""
    for address in addresses:
        await table.delete(keys.email(address), "user_id = :id AND attribute_exists(held_until)",
                           ExpressionAttributeValues=to_attributes({":id": user_id}))

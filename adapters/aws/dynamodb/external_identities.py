"""An account linked to an identity provider's user: an `IDENTITY#` claim item naming the account
(one account per provider user, a put that fails when another account has it) and the same
identity on the user item (one provider user per account, and for the erasure to delete the
claim: it reads it once an erasure marked the account, after which no link is written). The user
item also keeps when its link was last ended (`identity_unlinked_at`, epoch seconds to the
microsecond, a number so conditions compare it as one): only a sign-in made later links again."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled
from adapters.aws.dynamodb.codec import keyed, to_attributes

EXTERNAL_IDENTITY = "external_identity"
UNLINKED_AT = "identity_unlinked_at"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def _epoch(moment: datetime) -> Decimal:
    """Exact to the microsecond (a float's timestamp() is not, so a moment read back would differ)."""
    return Decimal((moment - _EPOCH) // _MICROSECOND).scaleb(-6)


def _moment(epoch: str) -> datetime:
    return _EPOCH + int(Decimal(epoch).scaleb(6)) * _MICROSECOND


async def account_for(table: DynamoTable, identity: str) -> str | None:
    claim = await table.get(keys.external_identity(identity))
    return claim["user_id"]["S"] if claim is not None else None


async def link(table: DynamoTable, user_id: str, identity: str, email: str, signed_in_at: datetime) -> bool:
    values = to_attributes({":identity": identity, ":email": email, ":yes": True, ":signed_in": _epoch(signed_in_at)})
    try:
        await table.transact([
            {"Put": {"Item": keyed(keys.external_identity(identity), {"user_id": user_id}),
                     "ConditionExpression": "attribute_not_exists(PK) OR user_id = :id",
                     "ExpressionAttributeValues": to_attributes({":id": user_id})}},
            {"Update": {"Key": keys.user(user_id), "UpdateExpression": f"SET {EXTERNAL_IDENTITY} = :identity",
                        "ConditionExpression": f"attribute_exists(PK) AND attribute_not_exists(erasing) AND"
                                               " email = :email AND email_verified = :yes AND"
                                               f" (attribute_not_exists({EXTERNAL_IDENTITY})"
                                               f" OR {EXTERNAL_IDENTITY} = :identity) AND"
                                               f" (attribute_not_exists({UNLINKED_AT}) OR {UNLINKED_AT} < :signed_in)",
                        "ExpressionAttributeValues": values}},
        ])
    except TransactionCancelled:
        return False
    return True


async def of_account(table: DynamoTable, user_id: str) -> str | None:
    item = await table.get(keys.user(user_id), [EXTERNAL_IDENTITY])
    return item[EXTERNAL_IDENTITY]["S"] if item is not None and EXTERNAL_IDENTITY in item else None


async def unlink(table: DynamoTable, user_id: str, now: datetime) -> bool:
    """The claim and the user's attribute together, with the moment, while the user item still
    names that identity; with no link, the moment alone while there is still none (a link made
    meanwhile is read again either way)."""
    at = _epoch(now)
    for _ in range(3):
        item = await table.get(keys.user(user_id), [EXTERNAL_IDENTITY])
        if item is None:
            return False
        if EXTERNAL_IDENTITY not in item:
            if await table.update(keys.user(user_id), f"SET {UNLINKED_AT} = :at",
                                  f"attribute_exists(PK) AND attribute_not_exists({EXTERNAL_IDENTITY})",
                                  ExpressionAttributeValues=to_attributes({":at": at})):
                return False
            continue
        identity = item[EXTERNAL_IDENTITY]["S"]
        try:
            await table.transact([
                {"Delete": {"Key": keys.external_identity(identity), "ConditionExpression": "user_id = :id",
                            "ExpressionAttributeValues": to_attributes({":id": user_id})}},
                {"Update": {"Key": keys.user(user_id),
                            "UpdateExpression": f"REMOVE {EXTERNAL_IDENTITY} SET {UNLINKED_AT} = :at",
                            "ConditionExpression": f"{EXTERNAL_IDENTITY} = :identity",
                            "ExpressionAttributeValues": to_attributes({":identity": identity, ":at": at})}},
            ])
            return True
        except TransactionCancelled:
            continue
    return False


async def unlinked_at(table: DynamoTable, user_id: str) -> datetime | None:
    item = await table.get(keys.user(user_id), [UNLINKED_AT])
    return _moment(item[UNLINKED_AT]["N"]) if item is not None and UNLINKED_AT in item else None


async def release(table: DynamoTable, user_id: str) -> None:
    """The claim of the identity the account was linked to (only while it names this account)."""
    identity = await of_account(table, user_id)
    if identity is not None:
        await table.delete(keys.external_identity(identity), "user_id = :id",
                           ExpressionAttributeValues=to_attributes({":id": user_id}))

"""An account linked to an identity provider's user: an `IDENTITY#` claim item naming the account
(one account per provider user, a put that fails when another account has it) and the same
identity on the user item (one provider user per account, and for the erasure to delete the
claim: it reads it once an erasure marked the account, after which no link is written)."""
from __future__ import annotations

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled
from adapters.aws.dynamodb.codec import keyed, to_attributes

EXTERNAL_IDENTITY = "external_identity"


async def account_for(table: DynamoTable, identity: str) -> str | None:
    claim = await table.get(keys.external_identity(identity))
    return claim["user_id"]["S"] if claim is not None else None


async def link(table: DynamoTable, user_id: str, identity: str, email: str) -> bool:
    values = to_attributes({":identity": identity, ":email": email, ":yes": True})
    try:
        await table.transact([
            {"Put": {"Item": keyed(keys.external_identity(identity), {"user_id": user_id}),
                     "ConditionExpression": "attribute_not_exists(PK) OR user_id = :id",
                     "ExpressionAttributeValues": to_attributes({":id": user_id})}},
            {"Update": {"Key": keys.user(user_id), "UpdateExpression": f"SET {EXTERNAL_IDENTITY} = :identity",
                        "ConditionExpression": f"attribute_exists(PK) AND attribute_not_exists(erasing) AND"
                                               " email = :email AND email_verified = :yes AND"
                                               f" (attribute_not_exists({EXTERNAL_IDENTITY})"
                                               f" OR {EXTERNAL_IDENTITY} = :identity)",
                        "ExpressionAttributeValues": values}},
        ])
    except TransactionCancelled:
        return False
    return True


async def of_account(table: DynamoTable, user_id: str) -> str | None:
    item = await table.get(keys.user(user_id), [EXTERNAL_IDENTITY])
    return item[EXTERNAL_IDENTITY]["S"] if item is not None and EXTERNAL_IDENTITY in item else None


async def unlink(table: DynamoTable, user_id: str) -> bool:
    """The claim and the user's attribute together, while the user item still names that identity
    (a link made again meanwhile is read again)."""
    for _ in range(3):
        identity = await of_account(table, user_id)
        if identity is None:
            return False
        try:
            await table.transact([
                {"Delete": {"Key": keys.external_identity(identity), "ConditionExpression": "user_id = :id",
                            "ExpressionAttributeValues": to_attributes({":id": user_id})}},
                {"Update": {"Key": keys.user(user_id), "UpdateExpression": f"REMOVE {EXTERNAL_IDENTITY}",
                            "ConditionExpression": f"{EXTERNAL_IDENTITY} = :identity",
                            "ExpressionAttributeValues": to_attributes({":identity": identity})}},
            ])
            return True
        except TransactionCancelled:
            continue
    return False


async def release(table: DynamoTable, user_id: str) -> None:
    """The claim of the identity the account was linked to (only while it names this account)."""
    identity = await of_account(table, user_id)
    if identity is not None:
        await table.delete(keys.external_identity(identity), "user_id = :id",
                           ExpressionAttributeValues=to_attributes({":id": user_id}))

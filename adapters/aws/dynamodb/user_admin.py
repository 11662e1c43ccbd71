"""Administrators' view of accounts: search, suspend, reactivate.

Search reads GSI2 `USERS` (every user, newest first) with a FilterExpression on a stored
lower-cased `search_text` (email, name and the name folded as typed on a plain keyboard): DynamoDB has no substring index, and the
admin console is a low-traffic reader of a list that fits this well. Suspension is one
TransactWriteItems: the user's flag and token_version bump, and the revocation of every
open session (sessions beyond what one transaction holds are revoked right after)."""
from __future__ import annotations

from datetime import datetime

from boto3.dynamodb.conditions import Attr

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled
from adapters.aws.dynamodb.codec import stored_moment, to_attributes, to_model
from adapters.aws.dynamodb.query import ListQuery, read_page
from adapters.aws.dynamodb.sessions import DynamoSessionRepository
from domain.pagination import Page, PageRequest
from domain.person_names import fold_person_name
from domain.users import Role, User

_TRANSACTION_LIMIT = 100


def _user(item: dict) -> User:
    return to_model(User, item)


class DynamoUserAdministration:
    def __init__(self, table: DynamoTable) -> None:
        self._table = table
        self._sessions = DynamoSessionRepository(table)

    async def search(
        self, text: str | None, role: Role | None, suspended: bool | None, page: PageRequest
    ) -> Page[User]:
        conditions = []
        if text:
            typed = Attr("search_text").contains(text.lower())
            folded = fold_person_name(text)
            conditions.append(typed | Attr("search_text").contains(folded) if folded else typed)
        if role is not None:
            conditions.append(Attr("role").eq(role.value))
        if suspended is not None:
            conditions.append(Attr("suspended").eq(suspended))
        where = None
        for condition in conditions:
            where = condition if where is None else where & condition
        return await read_page(self._table, ListQuery(keys.GSI2, keys.USERS_LISTING, where=where), page, _user)

    async def suspend(self, user_id: str, now: datetime, reason: str) -> User | None:
        sessions = [s for s in await self._sessions.list_for_user(user_id) if s.revoked_at is None]
        revocations = [revocation(s.id, now, reason) for s in sessions]
        first, rest = revocations[: _TRANSACTION_LIMIT - 1], revocations[_TRANSACTION_LIMIT - 1:]
        suspension = {"Update": {
            "Key": keys.user(user_id),
            "UpdateExpression": "SET suspended = :yes ADD token_version :one",
            "ConditionExpression": "attribute_exists(PK) AND suspended = :no",
            "ExpressionAttributeValues": to_attributes({":yes": True, ":no": False, ":one": 1}),
        }}
        try:
            await self._table.transact([suspension, *first])
        except TransactionCancelled as cancelled:
            if not cancelled.failed(0):
                raise
            # Unknown, or suspended already: the sessions are revoked all the same.
            rest = revocations
        for action in rest:
            body = action["Update"]
            await self._table.update(body["Key"], body["UpdateExpression"],
                                     ExpressionAttributeValues=body["ExpressionAttributeValues"])
        item = await self._table.get(keys.user(user_id))
        return _user(item) if item else None

    async def reactivate(self, user_id: str) -> User | None:
        await self._table.assign(keys.user(user_id), {"suspended": False}, "attribute_exists(PK)")
        item = await self._table.get(keys.user(user_id))
        return _user(item) if item else None


def revocation(session_id: str, now: datetime, reason: str) -> dict:
    # if_not_exists keeps the first revocation, as the session repository does.
    return {"Update": {
        "Key": keys.session(session_id),
        "UpdateExpression": "SET revoked_at = if_not_exists(revoked_at, :at),"
                            " revoked_reason = if_not_exists(revoked_reason, :reason)",
        "ExpressionAttributeValues": to_attributes({":at": stored_moment(now), ":reason": reason}),
    }}

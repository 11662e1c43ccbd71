"""One-time tokens (email links, phone codes), hashes only. Three items per token, written
in one transaction: the token (`OTT#<id>`), a claim on its hash (`OTTHASH#<sha256>`, so a
hash names one token and `find` is a consistent GetItem), and a membership in the user's
partition (`USER#<id>` / `OTT#<purpose>#<created>#<id>`) that lists a person's tokens with
a strongly consistent Query. All three expire through TTL a day after the token does.

Single use is a conditional update: `used_at` is set only if absent and the token has not
expired, so two redemptions racing on one token cannot both succeed."""
from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled, put_new
from adapters.aws.dynamodb.codec import keyed, plain, stored_moment, to_attributes, to_model
from adapters.aws.dynamodb.query import ListQuery, read_all
from adapters.aws.dynamodb.table import TTL_ATTRIBUTE
from domain.account_tokens import OneTimeToken, Purpose
from domain.errors import Conflict

# Kept past expiry so `issued_since` still sees recent sends (resend limits) and a late
# link gets "expired" rather than "unknown".
_KEEP_AFTER_EXPIRY = timedelta(days=1)


def _epoch(value: datetime) -> int:
    return int(value.timestamp())


def _exact_epoch(value: datetime) -> Decimal:
    return Decimal(repr(value.timestamp()))


class DynamoOneTimeTokenRepository:
    def __init__(self, table: DynamoTable) -> None:
        self._table = table

    async def add(self, token: OneTimeToken) -> None:
        expiry = {TTL_ATTRIBUTE: _epoch(token.expires_at + _KEEP_AFTER_EXPIRY)}
        member = keys.user_token(token.user_id, token.purpose.value, token.created_at, token.id)
        try:
            await self._table.transact([
                put_new(keyed(keys.one_time_token_hash(token.token_hash), {"token_id": token.id, **expiry})),
                put_new(keyed(keys.one_time_token(token.id), {
                    **plain(token), "entity": "one_time_token", "expires_epoch": _exact_epoch(token.expires_at),
                    "member_sk": member["SK"]["S"], **expiry,
                })),
                put_new(keyed(member, {"token_id": token.id, **expiry})),
            ])
        except TransactionCancelled as cancelled:
            if cancelled.failed(0):
                raise Conflict("This secret is already in use; issue another.") from None
            raise

    async def find(self, token_hash: str) -> OneTimeToken | None:
        claim = await self._table.get(keys.one_time_token_hash(token_hash))
        if claim is None:
            return None
        item = await self._table.get(keys.one_time_token(claim["token_id"]["S"]))
        return to_model(OneTimeToken, item) if item else None

    async def _tokens(self, user_id: str, purpose: Purpose) -> list[OneTimeToken]:
        """The person's tokens of that purpose, newest first."""
        members = await read_all(self._table, ListQuery(
            None, keys.user_partition(user_id), ascending=False,
            sort_prefix=keys.user_token_prefix(purpose.value), consistent=True,
        ))
        found = await self._table.batch_get(keys.one_time_token(m["token_id"]["S"]) for m in members)
        tokens = [to_model(OneTimeToken, item) for item in found.values()]
        return sorted(tokens, key=lambda t: (t.created_at, t.id), reverse=True)

    async def latest_open(self, user_id: str, purpose: Purpose, now: datetime) -> OneTimeToken | None:
        for token in await self._tokens(user_id, purpose):
            if token.used_at is None and token.expires_at > now:
                return token
        return None

    async def issued_since(self, user_id: str, purpose: Purpose, since: datetime) -> list[datetime]:
        tokens = await self._tokens(user_id, purpose)
        return sorted(t.created_at for t in tokens if t.created_at >= since)

    async def consume(self, token_id: str, now: datetime) -> bool:
        return await self._table.update(
            keys.one_time_token(token_id), "SET used_at = :used",
            "attribute_exists(PK) AND attribute_not_exists(used_at) AND expires_epoch > :now",
            ExpressionAttributeValues=to_attributes({":used": stored_moment(now), ":now": _exact_epoch(now)}),
        )

    async def claim_attempt(self, token_id: str, max_attempts: int) -> int | None:
        # A conditional update: DynamoDB checks the count and adds one as a single write.
        try:
            response = await self._table.client.update_item(
                TableName=self._table.name, Key=keys.one_time_token(token_id),
                UpdateExpression="ADD attempts :one",
                ConditionExpression="attribute_exists(PK) AND (attribute_not_exists(attempts) OR attempts < :max)",
                ExpressionAttributeValues=to_attributes({":one": 1, ":max": max_attempts}), ReturnValues="UPDATED_NEW",
            )
        except self._table.client.exceptions.ConditionalCheckFailedException:
            return None
        return int(response["Attributes"]["attempts"]["N"])

    async def retire_open(
        self, user_id: str, purpose: Purpose, now: datetime, *, issued_from: datetime | None = None,
    ) -> None:
        for token in await self._tokens(user_id, purpose):
            if token.used_at is None and (issued_from is None or token.created_at >= issued_from):
                await self._table.update(
                    keys.one_time_token(token.id), "SET used_at = :used",
                    "attribute_exists(PK) AND attribute_not_exists(used_at)",
                    ExpressionAttributeValues=to_attributes({":used": stored_moment(now)}),
                )

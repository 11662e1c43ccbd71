"""Partner API keys, only their sha256 stored. The keys share one partition (`APIKEYS`,
a handful of partners), so listing them is one consistent Query; a claim item on the hash
(`APIKEYHASH#<sha256>`) makes authentication one consistent GetItem pair."""
from __future__ import annotations

from dataclasses import fields
from datetime import datetime

from pydantic import TypeAdapter

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, put_new
from adapters.aws.dynamodb.codec import from_attributes, keyed, stored_moment, to_attributes
from adapters.aws.dynamodb.query import ListQuery, read_all
from domain.ports.api_keys import ApiKey

_API_KEY = TypeAdapter(ApiKey)  # a dataclass, validated (times parsed) like the models


def _stored(key: ApiKey) -> dict:
    return {**_API_KEY.dump_python(key, mode="json"), "entity": "api_key"}


def _api_key(item: dict) -> ApiKey:
    values = from_attributes(item)
    return _API_KEY.validate_python({f.name: values.get(f.name) for f in fields(ApiKey) if f.name in values})


class DynamoApiKeyRepository:
    def __init__(self, table: DynamoTable) -> None:
        self._table = table

    async def add(self, key: ApiKey, key_hash: str) -> None:
        await self._table.transact([
            put_new(keyed(keys.api_key_hash(key_hash), {"key_id": key.id})),
            put_new(keyed(keys.api_key(key.id), _stored(key))),
        ])

    async def by_hash(self, key_hash: str) -> ApiKey | None:
        claim = await self._table.get(keys.api_key_hash(key_hash))
        return await self.get(claim["key_id"]["S"]) if claim else None

    async def get(self, key_id: str) -> ApiKey | None:
        item = await self._table.get(keys.api_key(key_id))
        return _api_key(item) if item else None

    async def list(self) -> list[ApiKey]:
        items = await read_all(self._table, ListQuery(None, keys.API_KEYS, ascending=True, consistent=True))
        found = [_api_key(item) for item in items]
        found.sort(key=lambda k: k.id)
        found.sort(key=lambda k: k.created_at, reverse=True)
        return found

    async def revoke(self, key_id: str, at: datetime) -> ApiKey | None:
        await self._table.update(
            keys.api_key(key_id), "SET revoked_at = :at", "attribute_exists(PK) AND attribute_not_exists(revoked_at)",
            ExpressionAttributeValues=to_attributes({":at": stored_moment(at)}),
        )
        return await self.get(key_id)

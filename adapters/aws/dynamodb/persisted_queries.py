"""Automatic persisted queries shared by every replica: one item per sha256 with the query
text, expiring through the table's TTL `ttl_days` after it was last used (DynamoDB has no
LRU; an unused query simply ages out, and a client whose hash is gone sends the query
again, as APQ expects). A small in-process map in front spares a read for hot queries and
refreshes the expiry at most once an hour per query."""
from __future__ import annotations

import time
from collections import OrderedDict

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.codec import keyed
from adapters.aws.dynamodb.table import TTL_ATTRIBUTE

_HOT_ENTRIES = 512
_TOUCH_EVERY_SECONDS = 3600.0


class DynamoPersistedQueryCache:
    def __init__(self, table: DynamoTable, ttl_days: float = 30.0, clock=time.time) -> None:
        self._table = table
        self._ttl_seconds = ttl_days * 86400
        self._clock = clock
        self._hot: OrderedDict[str, tuple[str, float]] = OrderedDict()

    async def get(self, sha256_hash: str) -> str | None:
        now = self._clock()
        hot = self._hot.get(sha256_hash)
        if hot is not None:
            query, touched = hot
            self._hot.move_to_end(sha256_hash)
            if now - touched > _TOUCH_EVERY_SECONDS:
                await self.put(sha256_hash, query)
            return query
        item = await self._table.get(keys.persisted_query(sha256_hash))
        # TTL deletion lags (up to days): an item past its time counts as gone.
        if item is None or int(item[TTL_ATTRIBUTE]["N"]) <= now:
            return None
        query = item["query"]["S"]
        if now - (int(item[TTL_ATTRIBUTE]["N"]) - self._ttl_seconds) > _TOUCH_EVERY_SECONDS:
            await self.put(sha256_hash, query)
        else:
            self._remember(sha256_hash, query, now)
        return query

    async def put(self, sha256_hash: str, query: str) -> None:
        now = self._clock()
        expires = int(now + self._ttl_seconds)
        await self._table.put(keyed(keys.persisted_query(sha256_hash), {
            "entity": "persisted_query", "query": query, TTL_ATTRIBUTE: expires}))
        self._remember(sha256_hash, query, now)

    def _remember(self, sha256_hash: str, query: str, now: float) -> None:
        self._hot[sha256_hash] = (query, now)
        self._hot.move_to_end(sha256_hash)
        while len(self._hot) > _HOT_ENTRIES:
            self._hot.popitem(last=False)

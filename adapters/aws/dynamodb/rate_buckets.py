"""Token buckets every gateway replica shares: one item per (bucket, principal) holding the
level, the time it was measured and a version. Taking tokens reads the item (consistent),
refills it for the time passed, and writes the new level on the condition that the
version is the one read: two replicas racing on one principal cannot both spend the same
tokens. A refusal writes nothing (unless a lease gives tokens back: the per-request buckets
are taken in leases, gateway/http/token_leases.py, so most requests cost no call). Items
carry a TTL at the moment the bucket would be full again, after which an absent item means
exactly that: a full bucket.

If DynamoDB cannot be reached the request is let through (logged): the rate limiter
protects the service, and failing closed would turn a DynamoDB hiccup into an outage."""
from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.codec import keyed
from adapters.aws.dynamodb.table import TTL_ATTRIBUTE

log = logging.getLogger(__name__)

_ATTEMPTS = 4


class DynamoTokenBuckets:
    def __init__(self, table: DynamoTable, name: str, capacity: float, refill_per_second: float,
                 clock: Callable[[], float] = time.time) -> None:
        self._table = table
        self._name = name
        self._capacity = capacity
        self._refill = refill_per_second
        self._clock = clock

    async def take(self, key: str, tokens: float = 1.0) -> float:
        """0 when the tokens were taken; otherwise the seconds until they would be there."""
        _, wait = await self.lease(key, tokens, tokens)
        return wait

    async def lease(self, key: str, want: float, minimum: float, give_back: float = 0.0) -> tuple[float, float]:
        """Adds give_back to the level (capped at capacity), then takes min(want, level) if the
        level holds `minimum`: (tokens granted, 0); otherwise (0, seconds until it would)."""
        try:
            for _ in range(_ATTEMPTS):
                outcome = await self._try_lease(key, want, minimum, give_back)
                if outcome is not None:
                    return outcome
        except (BotoCoreError, ClientError) as error:
            log.warning("rate limit bucket unavailable, letting the request through: %s", error)
            return minimum, 0.0
        # Lost every race on this principal's bucket: it is being hammered right now.
        return 0.0, 1.0 / self._refill

    async def _try_lease(self, key: str, want: float, minimum: float, give_back: float) -> tuple[float, float] | None:
        bucket = keys.rate_bucket(self._name, key)
        item = await self._table.get(bucket)
        now = self._clock()
        level, version = self._capacity, 0
        if item is not None:
            then = float(item["at"]["N"])
            level = min(self._capacity, float(item["level"]["N"]) + max(0.0, now - then) * self._refill)
            version = int(item["version"]["N"])
        level = min(self._capacity, level + give_back)
        granted = min(want, level) if level >= minimum else 0.0
        if granted or give_back:
            left = level - granted
            full_again = now + (self._capacity - left) / self._refill
            stored = keyed(bucket, {
                "entity": "rate_bucket", "level": Decimal(repr(left)), "at": Decimal(repr(now)),
                "version": version + 1, TTL_ATTRIBUTE: math.ceil(full_again) + 1,
            })
            condition = "attribute_not_exists(PK)" if item is None else "version = :seen"
            values: dict[str, Any] = {} if item is None else {"ExpressionAttributeValues": {":seen": item["version"]}}
            if not await self._table.put(stored, condition, **values):
                return None
        if not granted:
            return 0.0, (minimum - level) / self._refill
        return granted, 0.0


def shared_buckets(table: DynamoTable) -> Callable[[str, Any], DynamoTokenBuckets]:
    """What RateLimiter.share takes: buckets by name and spec on this table."""
    return lambda name, spec: DynamoTokenBuckets(table, name, spec.capacity, spec.refill_per_second)

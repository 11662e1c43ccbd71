"""Application processing leases in the DynamoDB table (implements
domain.ports.application_leases.ApplicationProcessingLeases): one item per application
being processed, taken by a conditional put, so the workers of every replica take turns. A
lease whose holder died runs out by its time; DynamoDB's TTL clears the item later."""
from __future__ import annotations

import time

from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.keys import key
from adapters.aws.dynamodb.table import TTL_ATTRIBUTE

_KEEP_AFTER_EXPIRY = 3600  # TTL is lazy; an expired lease is free whether or not the item is gone


def _lease_key(application_id: str) -> dict:
    return key(f"APPLICATIONLEASE#{application_id}", "LEASE")


class DynamoApplicationLeases:
    def __init__(self, table: DynamoTable) -> None:
        self._table = table

    async def acquire(self, application_id: str, holder: str, seconds: float) -> bool:
        now = time.time()
        expires = now + seconds
        return await self._table.put(
            {**_lease_key(application_id), "holder": {"S": holder}, "expires_at": {"N": repr(expires)},
             TTL_ATTRIBUTE: {"N": str(int(expires) + _KEEP_AFTER_EXPIRY)}},
            "attribute_not_exists(PK) OR expires_at <= :now OR holder = :holder",
            ExpressionAttributeValues={":now": {"N": repr(now)}, ":holder": {"S": holder}},
        )

    async def release(self, application_id: str, holder: str) -> None:
        await self._table.delete(
            _lease_key(application_id), "holder = :holder", ExpressionAttributeValues={":holder": {"S": holder}},
        )

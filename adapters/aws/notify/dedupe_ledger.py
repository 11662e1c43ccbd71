"""Which notifications went out: one DynamoDB item per dedupe key, written with a condition
so that only the first claim of a key succeeds, even across replicas. Items expire after
`keep_days` through the table's TTL attribute."""
from __future__ import annotations

import time
from typing import Any

from botocore.exceptions import ClientError

from adapters.aws.clients import error_code
from adapters.aws.dynamodb.table import TTL_ATTRIBUTE


class DynamoDedupeLedger:
    def __init__(self, dynamodb: Any, table: str, *, partition_key: str = "PK", sort_key: str | None = "SK",
                 ttl_attribute: str = TTL_ATTRIBUTE, keep_days: int = 30) -> None:
        self._dynamodb = dynamodb
        self._table = table
        self._pk = partition_key
        self._sk = sort_key
        self._ttl = ttl_attribute
        self._keep_seconds = keep_days * 86400

    def _key(self, key: str) -> dict[str, Any]:
        item = {self._pk: {"S": f"NOTIFIED#{key}"}}
        if self._sk:
            item[self._sk] = {"S": "NOTIFIED"}
        return item

    async def claim(self, key: str) -> bool:
        item = {**self._key(key), self._ttl: {"N": str(int(time.time()) + self._keep_seconds)}}
        try:
            await self._dynamodb.put_item(
                TableName=self._table, Item=item, ConditionExpression="attribute_not_exists(#pk)",
                ExpressionAttributeNames={"#pk": self._pk},
            )
        except ClientError as error:
            if error_code(error) == "ConditionalCheckFailedException":
                return False
            raise
        return True

    async def release(self, key: str) -> None:
        await self._dynamodb.delete_item(TableName=self._table, Key=self._key(key))

"""The table as the repositories use it: one client, one table name, and the read, write,
batch and transaction calls with their DynamoDB quirks handled once."""
from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from botocore.exceptions import ClientError

from adapters.aws.dynamodb.codec import assignments
from adapters.aws.dynamodb.retry import RetryPolicy

BATCH_GET_LIMIT = 100
BATCH_WRITE_LIMIT = 25

Key = dict[str, dict[str, str]]
Item = dict[str, dict]


def put_new(item: Item) -> dict[str, Any]:
    """A transaction action that writes the item only if nothing is stored under its key."""
    return {"Put": {"Item": item, "ConditionExpression": "attribute_not_exists(PK)"}}


def key_of(item: Item) -> tuple[str, str]:
    return item["PK"]["S"], item["SK"]["S"]


def error_code(error: ClientError) -> str:
    return error.response.get("Error", {}).get("Code", "")


class TransactionCancelled(Exception):
    """A transaction refused; reasons[i] is the code for the i-th action ('None' when
    that action was fine), and items[i] the stored item when it was asked for."""

    def __init__(self, reasons: list[str], items: list[Item | None]) -> None:
        super().__init__(", ".join(reasons))
        self.reasons = reasons
        self.items = items

    def failed(self, index: int) -> bool:
        return index < len(self.reasons) and self.reasons[index] == "ConditionalCheckFailed"


@dataclass
class DynamoTable:
    client: Any
    name: str
    retry: RetryPolicy = field(default_factory=RetryPolicy)

    async def get(self, key: Key, projection: Sequence[str] | None = None) -> Item | None:
        kwargs: dict[str, Any] = {"TableName": self.name, "Key": key, "ConsistentRead": True}
        kwargs.update(_projection(projection))
        response = await self.client.get_item(**kwargs)
        return response.get("Item")

    async def put(self, item: Item, condition: str | None = None, **expression: Any) -> bool:
        """False when the condition did not hold (nothing was written)."""
        kwargs: dict[str, Any] = {"TableName": self.name, "Item": item, **expression}
        if condition:
            kwargs["ConditionExpression"] = condition
        return await self._conditional(self.client.put_item(**kwargs))

    async def update(self, key: Key, expression: str, condition: str | None = None, **values: Any) -> bool:
        """False when the condition did not hold (nothing was written)."""
        kwargs: dict[str, Any] = {"TableName": self.name, "Key": key, "UpdateExpression": expression, **values}
        if not kwargs.get("ExpressionAttributeValues", True):
            del kwargs["ExpressionAttributeValues"]  # DynamoDB refuses an empty map
        if condition:
            kwargs["ConditionExpression"] = condition
        return await self._conditional(self.client.update_item(**kwargs))

    async def assign(self, key: Key, values: dict[str, Any], condition: str | None = None) -> bool:
        """Sets the attributes to the values (removes those given as None)."""
        update = assignments(values)
        return await self.update(key, update.pop("UpdateExpression"), condition, **update)

    @staticmethod
    async def _conditional(call: Any) -> bool:
        try:
            await call
        except ClientError as error:
            if error_code(error) == "ConditionalCheckFailedException":
                return False
            raise
        return True

    async def transact(self, actions: list[dict[str, Any]]) -> None:
        """All or nothing. Raises TransactionCancelled when a condition failed. When only
        another transaction on the same items was in the way, it is tried again: its
        conditions then decide (a TransientFailure once the retry budget is spent)."""
        for action in actions:
            body = next(iter(action.values()))
            body["TableName"] = self.name
        attempt = 0
        while True:
            try:
                await self.client.transact_write_items(TransactItems=actions)
                return
            except ClientError as error:
                if error_code(error) != "TransactionCanceledException":
                    raise
                details = error.response.get("CancellationReasons") or []
                reasons = [d.get("Code", "None") for d in details]
                if "ConditionalCheckFailed" in reasons or "TransactionConflict" not in reasons:
                    raise TransactionCancelled(reasons, [d.get("Item") for d in details]) from None
            attempt += 1
            await self.retry.pause_before_retry(attempt, "a transaction on contended records")

    async def batch_get(
        self, keys: Iterable[Key], projection: Sequence[str] | None = None
    ) -> dict[tuple[str, str], Item]:
        """Every key's item (absent keys are missing from the result), read consistently
        in chunks of 100; throttled keys are retried, never reported missing."""
        unique = list({(k["PK"]["S"], k["SK"]["S"]): k for k in keys}.values())
        chunks = [unique[i : i + BATCH_GET_LIMIT] for i in range(0, len(unique), BATCH_GET_LIMIT)]
        found: dict[tuple[str, str], Item] = {}
        for items in await asyncio.gather(*(self._get_chunk(chunk, projection) for chunk in chunks)):
            found.update((key_of(item), item) for item in items)
        return found

    async def _get_chunk(self, keys: list[Key], projection: Sequence[str] | None) -> list[Item]:
        items: list[Item] = []
        pending, attempt = keys, 0
        while pending:
            request = {"Keys": pending, "ConsistentRead": True}
            request.update(_projection(projection, always=("PK", "SK")))
            response = await self.client.batch_get_item(RequestItems={self.name: request})
            items.extend(response.get("Responses", {}).get(self.name, []))
            pending = response.get("UnprocessedKeys", {}).get(self.name, {}).get("Keys", [])
            attempt += 1
            if pending:
                await self.retry.pause_before_retry(attempt, f"{len(pending)} keys")
        return items

    async def batch_delete(self, keys: Iterable[Key]) -> None:
        unique = list({(k["PK"]["S"], k["SK"]["S"]): k for k in keys}.values())
        for start in range(0, len(unique), BATCH_WRITE_LIMIT):
            pending = [{"DeleteRequest": {"Key": k}} for k in unique[start : start + BATCH_WRITE_LIMIT]]
            attempt = 0
            while pending:
                response = await self.client.batch_write_item(RequestItems={self.name: pending})
                pending = response.get("UnprocessedItems", {}).get(self.name, [])
                attempt += 1
                if pending:
                    await self.retry.pause_before_retry(attempt, f"{len(pending)} deletions")


def _projection(names: Sequence[str] | None, always: Sequence[str] = ()) -> dict[str, Any]:
    if not names:
        return {}
    wanted = list(dict.fromkeys([*always, *names]))
    aliases = {f"#p{i}": name for i, name in enumerate(wanted)}
    return {"ProjectionExpression": ", ".join(aliases), "ExpressionAttributeNames": aliases}

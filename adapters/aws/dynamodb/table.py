"""Provisioning: the one table and its seven overloaded GSIs, created idempotently."""
from __future__ import annotations

import asyncio
import time
from typing import Any

from botocore.exceptions import ClientError

from adapters.aws.dynamodb.keys import INDEXES

# Items that should vanish on their own carry epoch seconds here (DynamoDB TTL ignores
# items without it, and ignores non-numbers).
TTL_ATTRIBUTE = "ttl"



class TtlOnAnotherAttribute(RuntimeError):
    """The table's TTL is enabled on an attribute the gateway does not write."""


_KEY_ATTRIBUTES = ["PK", "SK"] + [f"{index}{part}" for index in INDEXES for part in ("PK", "SK")]


def _index(name: str) -> dict[str, Any]:
    # Projection ALL: every list query returns whole items in one round trip, and the
    # items are small (the largest, a parsed resume, stays far under the 400 KB cap).
    return {
        "IndexName": name,
        "KeySchema": [
            {"AttributeName": f"{name}PK", "KeyType": "HASH"},
            {"AttributeName": f"{name}SK", "KeyType": "RANGE"},
        ],
        "Projection": {"ProjectionType": "ALL"},
    }


def table_definition(table_name: str) -> dict[str, Any]:
    return {
        "TableName": table_name,
        "BillingMode": "PAY_PER_REQUEST",
        "AttributeDefinitions": [{"AttributeName": name, "AttributeType": "S"} for name in _KEY_ATTRIBUTES],
        "KeySchema": [
            {"AttributeName": "PK", "KeyType": "HASH"},
            {"AttributeName": "SK", "KeyType": "RANGE"},
        ],
        "GlobalSecondaryIndexes": [_index(name) for name in INDEXES],
    }


async def create_table(client: Any, table_name: str) -> bool:
    """Creates the table, or adds the indexes an older table lacks. Returns whether
    anything was created. Safe to run again and from several processes at once."""
    existing = await _describe(client, table_name)
    if existing is None:
        try:
            await client.create_table(**table_definition(table_name))
        except ClientError as error:
            if error.response["Error"]["Code"] != "ResourceInUseException":
                raise
            return False  # someone else created it meanwhile
        await wait_until_built(client, table_name)
        await _enable_ttl(client, table_name)
        return True
    present = {index["IndexName"] for index in existing.get("GlobalSecondaryIndexes", [])}
    missing = [name for name in INDEXES if name not in present]
    for name in missing:
        # DynamoDB accepts one new GSI per UpdateTable call.
        await wait_until_built(client, table_name)
        await client.update_table(
            TableName=table_name,
            AttributeDefinitions=[
                {"AttributeName": f"{name}{part}", "AttributeType": "S"} for part in ("PK", "SK")
            ],
            GlobalSecondaryIndexUpdates=[{"Create": _index(name)}],
        )
    await wait_until_built(client, table_name)
    await _enable_ttl(client, table_name)
    return bool(missing)


async def _enable_ttl(client: Any, table_name: str) -> None:
    described = (await client.describe_time_to_live(TableName=table_name)).get("TimeToLiveDescription", {})
    if described.get("TimeToLiveStatus") in ("ENABLED", "ENABLING"):
        attribute = described.get("AttributeName", TTL_ATTRIBUTE)
        if attribute != TTL_ATTRIBUTE:
            # A table has one TTL attribute: left as it is, nothing the gateway writes expires.
            raise TtlOnAnotherAttribute(
                f"table {table_name}: TTL is enabled on `{attribute}`, but the items that should expire"
                f" carry `{TTL_ATTRIBUTE}`. Disable it (aws dynamodb update-time-to-live --table-name"
                f" {table_name} --time-to-live-specification Enabled=false,AttributeName={attribute}),"
                " wait until describe-time-to-live says DISABLED, then run `talentgraph provision` again."
            )
        return
    await client.update_time_to_live(
        TableName=table_name, TimeToLiveSpecification={"Enabled": True, "AttributeName": TTL_ATTRIBUTE}
    )


async def _describe(client: Any, table_name: str) -> dict[str, Any] | None:
    try:
        response = await client.describe_table(TableName=table_name)
    except ClientError as error:
        if error.response["Error"]["Code"] == "ResourceNotFoundException":
            return None
        raise
    return response["Table"]


# How long provisioning waits for an index DynamoDB is still filling from a large table.
_INDEX_BUILD_SECONDS = 4 * 3600.0


async def wait_until_built(client: Any, table_name: str, first_poll: float = 1.0,
                           give_up_after: float = _INDEX_BUILD_SECONDS) -> None:
    """Until the table and every index are ACTIVE: the table is ACTIVE again while a new index
    is still being filled, and a query of that index is refused (ValidationException) until it
    is; a second index cannot be added before the first is built either."""
    waiter = client.get_waiter("table_exists")
    await waiter.wait(TableName=table_name, WaiterConfig={"Delay": 1, "MaxAttempts": 120})
    deadline, delay = time.monotonic() + give_up_after, first_poll
    while True:
        table = await _describe(client, table_name) or {}
        building = [index["IndexName"] for index in table.get("GlobalSecondaryIndexes", [])
                    if index.get("IndexStatus", "ACTIVE") != "ACTIVE"]
        if table.get("TableStatus") == "ACTIVE" and not building:
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"the indexes {', '.join(building)} of {table_name} are still being built;"
                               " run `talentgraph provision` again once DynamoDB shows them ACTIVE")
        await asyncio.sleep(delay)
        delay = min(delay * 2, 15.0)

"""DynamoDB lets a table expire items by one attribute. The gateway's expiring items carry
`ttl`; a table whose TTL someone enabled on another attribute would keep every one-time token
and dedupe claim for ever, so provisioning says so instead of passing it as done."""
from __future__ import annotations

import uuid

import pytest

from adapters.aws.dynamodb.table import TTL_ATTRIBUTE, TtlOnAnotherAttribute, create_table, table_definition


async def test_provisioning_enables_ttl_on_the_attribute_the_items_carry(aws_clients):
    client = await aws_clients.get("dynamodb")
    name = f"ttl-{uuid.uuid4().hex[:8]}"
    await create_table(client, name)
    described = (await client.describe_time_to_live(TableName=name))["TimeToLiveDescription"]
    assert described["AttributeName"] == TTL_ATTRIBUTE


async def test_a_table_expiring_by_another_attribute_is_refused_with_the_way_out(aws_clients):
    client = await aws_clients.get("dynamodb")
    name = f"ttl-{uuid.uuid4().hex[:8]}"
    await client.create_table(**table_definition(name))
    await client.update_time_to_live(
        TableName=name, TimeToLiveSpecification={"Enabled": True, "AttributeName": "expires_at"})
    with pytest.raises(TtlOnAnotherAttribute) as refused:
        await create_table(client, name)
    assert "expires_at" in str(refused.value) and "`ttl`" in str(refused.value)
    assert "update-time-to-live" in str(refused.value)

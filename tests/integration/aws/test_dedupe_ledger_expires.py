"""The notification dedupe ledger's claims expire through the table's TTL attribute (the one
`talentgraph provision` enables): a claim under any other name would stay forever."""
from __future__ import annotations


async def test_a_claim_made_with_the_defaults_carries_the_tables_ttl_attribute(dynamo_table):
    from adapters.aws.dynamodb.table import TTL_ATTRIBUTE
    from adapters.aws.notify.dedupe_ledger import DynamoDedupeLedger

    ledger = DynamoDedupeLedger(dynamo_table.client, dynamo_table.name)
    assert await ledger.claim("application:a1:2:u1")
    assert not await ledger.claim("application:a1:2:u1")
    (item,) = (await dynamo_table.client.scan(TableName=dynamo_table.name))["Items"]
    assert TTL_ATTRIBUTE in item

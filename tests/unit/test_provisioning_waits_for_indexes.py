"""Provisioning returns only once every index is ACTIVE, not when the table is: DynamoDB shows
the table ACTIVE again while a new index is still being filled, and refuses queries of that
index until it is. The client is a scripted stand-in (named so): moto builds indexes at once."""
from __future__ import annotations

import pytest

from adapters.aws.dynamodb.table import wait_until_built


class _Waiter:
    async def wait(self, **_: object) -> None:
        return None


class ScriptedDynamoClient:
    """Answers describe_table with the statuses given, one a call, the last repeated."""

    def __init__(self, statuses: list[str]) -> None:
        self.statuses, self.described = statuses, 0

    def get_waiter(self, _: str) -> _Waiter:
        return _Waiter()

    async def describe_table(self, TableName: str) -> dict:  # noqa: N803 (boto3's argument name)
        status = self.statuses[min(self.described, len(self.statuses) - 1)]
        self.described += 1
        return {"Table": {"TableStatus": "ACTIVE", "GlobalSecondaryIndexes": [
            {"IndexName": "GSI1", "IndexStatus": "ACTIVE"}, {"IndexName": "GSI5", "IndexStatus": status}]}}


async def test_provisioning_waits_until_a_new_index_is_built():
    client = ScriptedDynamoClient(["CREATING", "CREATING", "ACTIVE"])
    await wait_until_built(client, "talentgraph", first_poll=0.001)
    assert client.described == 3


async def test_an_index_still_building_past_the_wait_says_what_to_do():
    with pytest.raises(TimeoutError, match="GSI5 .* still being built"):
        await wait_until_built(ScriptedDynamoClient(["CREATING"]), "talentgraph", first_poll=0.001, give_up_after=0.01)

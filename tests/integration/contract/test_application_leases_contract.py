"""The application processing lease, on both backends: one holder at a time even when
several ask at once, given back only by its holder, and free again once a dead holder's
time ran out; its holder may renew it."""
from __future__ import annotations

import asyncio

import pytest

from tests.integration.contract.conftest import BACKENDS


@pytest.fixture(params=BACKENDS)
async def leases(request, database, aws_clients, aws_names):
    if request.param == "embedded":
        from adapters.embedded.sqlite.application_leases import SqliteApplicationLeases

        return SqliteApplicationLeases(database)
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.application_leases import DynamoApplicationLeases
    from adapters.aws.dynamodb.table import create_table

    client = await aws_clients.get("dynamodb")
    await create_table(client, aws_names["table"])
    return DynamoApplicationLeases(DynamoTable(client, aws_names["table"]))


async def test_a_lease_goes_to_one_holder_at_a_time_and_a_dead_holders_runs_out(leases):
    taken = await asyncio.gather(*(leases.acquire("app-1", holder, 60) for holder in ("a", "b", "c")))
    assert sorted(taken) == [False, False, True]
    winner = "abc"[taken.index(True)]
    loser = next(h for h in "abc" if h != winner)
    await leases.release("app-1", loser)  # not its lease: nothing happens
    assert await leases.acquire("app-1", loser, 60) is False
    assert await leases.acquire("app-1", winner, 60) is True  # its holder renews it
    assert await leases.acquire("app-2", loser, 60) is True  # another application's is free
    await leases.release("app-1", winner)
    assert await leases.acquire("app-1", loser, 0.5) is True  # and then it dies holding it
    assert await leases.acquire("app-1", winner, 60) is False
    await asyncio.sleep(0.6)
    assert await leases.acquire("app-1", winner, 60) is True

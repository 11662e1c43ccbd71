"""The LeaseStore contract (gateway/http/token_leases.py), the same assertions on the SQLite
and DynamoDB token buckets and on the in-memory fake the unit tests use
(tests/fakes/lease_store.py), each on a clock the test moves."""
from __future__ import annotations

import pytest

from tests.fakes.lease_store import InMemoryLeaseStore
from tests.integration.contract.conftest import BACKENDS
from tests.manual_clock import ManualClock

CAPACITY, REFILL = 10.0, 1.0  # a token a second


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(1_000_000.0)


@pytest.fixture(params=[*BACKENDS, "fake"])
async def leases(request, clock, database, aws_clients, aws_names):
    if request.param == "fake":
        return InMemoryLeaseStore(CAPACITY, REFILL, clock)
    if request.param == "embedded":
        from adapters.embedded.sqlite.rate_buckets import SqliteTokenBuckets

        return SqliteTokenBuckets(database, "default", CAPACITY, REFILL, clock)
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.rate_buckets import DynamoTokenBuckets
    from adapters.aws.dynamodb.table import create_table

    client = await aws_clients.get("dynamodb")
    await create_table(client, aws_names["table"])
    return DynamoTokenBuckets(DynamoTable(client, aws_names["table"]), "default", CAPACITY, REFILL, clock)


async def test_a_full_bucket_grants_what_is_wanted_then_what_is_left(leases):
    assert await leases.lease("user:1", 4, 1) == (4, 0)
    assert await leases.lease("user:1", 8, 1) == (6, 0)  # all that is left, above the minimum


async def test_below_the_minimum_nothing_is_granted_and_the_wait_is_told(leases, clock):
    await leases.lease("user:1", 9, 9)
    granted, wait = await leases.lease("user:1", 3, 3)
    assert granted == 0 and wait == pytest.approx(2.0)  # 1 token there, 2 more at 1 a second
    clock.now += 2
    granted, wait = await leases.lease("user:1", 3, 3)
    assert (granted, wait) == (pytest.approx(3.0), 0)


async def test_tokens_given_back_count_again_but_never_above_the_capacity(leases):
    await leases.lease("user:1", 10, 10)
    granted, _ = await leases.lease("user:1", 0, 0, give_back=4)  # only gives back
    assert granted == 0
    granted, _ = await leases.lease("user:1", 10, 1)
    assert granted == pytest.approx(4.0)
    await leases.lease("user:1", 0, 0, give_back=50)
    granted, _ = await leases.lease("user:1", 50, 1)
    assert granted == pytest.approx(CAPACITY)


async def test_each_key_has_its_own_bucket(leases):
    await leases.lease("user:1", 10, 10)
    assert await leases.lease("user:2", 10, 10) == (10, 0)
    assert (await leases.lease("user:1", 1, 1))[0] == 0

"""The per-request bucket in leases (gateway/http/token_leases.py) on the DynamoDB bucket store
(moto): replicas racing for leases on one principal at once never get more than the item
holds; what a lease did not spend goes back to the item when it renews."""
from __future__ import annotations

import asyncio

import pytest

from gateway.http.token_leases import LeasedBuckets, lease_block
from tests.manual_clock import ManualClock


def _store(dynamo_table, capacity: float, clock):
    from adapters.aws.dynamodb.rate_buckets import DynamoTokenBuckets

    return DynamoTokenBuckets(dynamo_table, "default", capacity, capacity / 3600, clock)


async def test_replicas_racing_for_leases_on_one_principal_share_one_bucket(dynamo_table):
    clock = ManualClock(1_000_000.0)  # frozen: no refill during the race
    capacity, replicas = 24, 3
    block = lease_block(capacity, replicas)
    leases = [LeasedBuckets(_store(dynamo_table, capacity, clock), block, now=clock) for _ in range(replicas)]

    async def attempt(n: int) -> bool:
        return await leases[n % replicas].take("user:burst") == 0

    admitted = await asyncio.gather(*(attempt(n) for n in range(3 * capacity)))
    # Each replica may still hold an unspent lease: the client got the rest.
    assert capacity - replicas * block <= sum(admitted) <= capacity
    held = sum(replica.unspent() for replica in leases)
    assert sum(admitted) + held <= capacity


async def test_an_expired_lease_goes_back_to_the_item_when_it_renews(dynamo_table):
    clock = ManualClock(1_000_000.0)
    store = _store(dynamo_table, 100, clock)
    leases = LeasedBuckets(store, block=25, lease_seconds=1.0, now=clock)
    assert await leases.take("user:1") == 0  # a lease of 25, one spent
    assert leases.unspent() == 24
    other = _store(dynamo_table, 100, clock)
    granted, _ = await other.lease("user:1", 100, 1)
    assert granted == pytest.approx(100 - 25)  # what the first replica holds is not there
    await other.lease("user:1", 0, 0, give_back=granted)  # and back
    clock.now += 5
    assert await leases.take("user:1") == 0  # renews: gives 24 back, takes twice what it spent
    granted, _ = await other.lease("user:1", 100, 1)
    assert granted == pytest.approx(100 - 1 - 2 + 5 * 100 / 3600)  # spent, leased, and five seconds' refill

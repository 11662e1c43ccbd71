"""What only the AWS mode has: rate-limit buckets shared by every replica (two limiters on
one DynamoDB table spend one budget), and a replica's local vector index following the
embeddings another replica wrote to DynamoDB."""
from __future__ import annotations

import asyncio

import pytest

from gateway.http.rate_limit import RateLimiter
from gateway.http.refusals import Refusal
from tests.manual_clock import ManualClock


def _limiter(dynamo_table, clock) -> RateLimiter:
    from adapters.aws.dynamodb.rate_buckets import DynamoTokenBuckets

    # One clock for the store and the limiter, which remembers a refusal until it runs out.
    limiter = RateLimiter("3/30", "1/60", ["login"], now=clock)
    limiter.share(lambda name, spec: DynamoTokenBuckets(dynamo_table, name, spec.capacity, spec.refill_per_second, clock))
    return limiter


async def test_two_replicas_share_one_budget_and_it_refills_with_time(dynamo_table):
    clock = ManualClock(1_000_000.0)
    replica_a, replica_b = _limiter(dynamo_table, clock), _limiter(dynamo_table, clock)
    await replica_a.admit_request("user:1")
    await replica_b.admit_request("user:1")
    await replica_a.admit_request("user:1")
    with pytest.raises(Refusal) as refused:
        await replica_b.admit_request("user:1")
    assert refused.value.headers["retry-after"] == "10"
    await replica_b.admit_request("user:2")  # another principal has its own bucket
    clock.now += 10
    await replica_b.admit_request("user:1")


async def test_concurrent_requests_on_two_replicas_never_spend_more_than_the_bucket_holds(dynamo_table):
    clock = ManualClock(1_000_000.0)
    replicas = [_limiter(dynamo_table, clock), _limiter(dynamo_table, clock)]

    async def attempt(n: int) -> bool:
        try:
            await replicas[n % 2].admit_request("user:burst")
            return True
        except Refusal:
            return False

    admitted = await asyncio.gather(*(attempt(n) for n in range(8)))
    assert sum(admitted) <= 3


async def test_a_local_index_catches_up_with_vectors_another_replica_wrote(dynamo_table, tmp_path):
    from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore
    from adapters.aws.following_index import FollowingVectorIndex
    from adapters.embedded.vectors.index import EmbeddedVectorIndex

    store = DynamoEmbeddingStore(dynamo_table)
    await store.put("job", "j1", [1.0, 0.0])
    generation, count = await store.generation("job")
    index = FollowingVectorIndex(EmbeddedVectorIndex(tmp_path / "job", 2), store, "job", check_seconds=0)
    await index.open(generation, lambda: store.stream("job"), count)
    # Another replica writes to the store (not through this index).
    await store.put("job", "j2", [0.0, 1.0])
    await store.delete("job", ["j1"])
    assert [hit for hit, _ in await index.search([0.0, 1.0], 5)] == ["j2"]
    await index.close()

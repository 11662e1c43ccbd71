"""The lease arithmetic of the shared per-request bucket (gateway/http/token_leases.py), on
an in-memory store and a manual clock: sizes, give-backs, remembered refusals, one renewal
per key at a time, and the bound N processes stay within together."""
from __future__ import annotations

import asyncio
import random

import pytest

from gateway.http.rate_limit import RateLimiter
from gateway.http.refusals import Refusal
from gateway.http.token_leases import LeasedBuckets, lease_block
from tests.fakes.lease_store import InMemoryLeaseStore
from tests.manual_clock import ManualClock


@pytest.mark.parametrize(("capacity", "processes", "block"), [
    (600, 1, 150), (600, 2, 75), (600, 4, 37), (40, 2, 5), (3, 1, 1), (10, 8, 1), (1, 1, 1),
])
def test_a_lease_is_a_quarter_of_the_bucket_shared_among_the_processes_and_at_least_one_token(
        capacity, processes, block):
    assert lease_block(capacity, processes) == block


async def test_a_busy_key_renews_once_per_block_of_requests():
    clock = ManualClock()
    store = InMemoryLeaseStore(600, 10, clock)
    leases = LeasedBuckets(store, block=75, now=clock)
    for _ in range(75 * 4 + 1):
        assert await leases.take("user:1") == 0
    assert store.calls == 5
    assert store.level("user:1") == pytest.approx(600 - 75 * 5)
    assert leases.unspent() == 74


async def test_a_lease_spent_from_memory_costs_the_store_nothing():
    clock = ManualClock()
    store = InMemoryLeaseStore(600, 10, clock)
    leases = LeasedBuckets(store, block=3, now=clock)
    assert leases.take_here("user:1") is None  # no lease yet: the store must be asked
    await leases.take("user:1")
    assert [leases.take_here("user:1") for _ in range(3)] == [0, 0, None]
    assert store.calls == 1


async def test_an_expired_lease_gives_back_what_it_did_not_spend_and_the_next_fits_what_was_spent():
    clock = ManualClock()
    store = InMemoryLeaseStore(100, 0.001, clock)
    leases = LeasedBuckets(store, block=25, lease_seconds=1.0, now=clock)
    await leases.take("k")  # a lease of 25: one spent
    assert store.level("k") == pytest.approx(75)
    clock.now += 5  # expired: the renewal gives the 24 back and asks for twice what was spent
    await leases.take("k")
    assert store.given_back == 24
    assert store.level("k") == pytest.approx(100 - 1 - 2, abs=0.01)  # the one spent, the new lease
    assert leases.unspent() == 1
    await leases.take("k")
    await leases.take("k")  # spent within its time: the next is twice as large
    assert store.level("k") == pytest.approx(100 - 1 - 2 - 4, abs=0.01)


async def test_a_refusal_says_when_to_retry_as_the_local_bucket_does_and_is_remembered():
    clock = ManualClock()
    store = InMemoryLeaseStore(3, 0.1, clock)  # "3/30"
    leases = LeasedBuckets(store, block=1, now=clock)
    assert [await leases.take("k") for _ in range(3)] == [0, 0, 0]
    calls = store.calls
    assert await leases.take("k") == pytest.approx(10.0)
    clock.now += 4
    assert leases.take_here("k") == pytest.approx(6.0)  # from memory, no call
    assert await leases.take("k") == pytest.approx(6.0)
    assert store.calls == calls + 1
    clock.now += 6
    assert await leases.take("k") == 0


async def test_a_refusal_through_the_limiter_is_the_same_429_shared_or_not():
    clock = ManualClock()
    local = RateLimiter("3/30", "1/60", ["login"], now=clock)
    shared = RateLimiter("3/30", "1/60", ["login"], now=clock, processes=2)
    shared.share(lambda name, spec: InMemoryLeaseStore(spec.capacity, spec.refill_per_second, clock))
    answers = []
    for limiter in (local, shared):
        for _ in range(3):
            await limiter.admit_request("user:1")
        with pytest.raises(Refusal) as refused:
            await limiter.admit_request("user:1")
        answers.append(refused.value)
    assert answers[0].status == answers[1].status == 429
    assert answers[0].headers == answers[1].headers == {"retry-after": "10"}
    assert answers[0].payload() == answers[1].payload()


async def test_concurrent_requests_on_one_key_in_one_process_wait_for_one_renewal():
    clock = ManualClock()

    class SlowStore(InMemoryLeaseStore):
        async def lease(self, key, want, minimum, give_back=0.0):
            await asyncio.sleep(0.01)  # a write's round trip, during which the others arrive
            return await super().lease(key, want, minimum, give_back)

    store = SlowStore(600, 10, clock)
    leases = LeasedBuckets(store, block=75, now=clock)
    waits = await asyncio.gather(*(leases.take("user:1") for _ in range(20)))
    assert waits == [0.0] * 20
    assert store.calls == 1  # the others waited for the first renewal and spent its lease
    assert store.granted - leases.unspent() == 20


@pytest.mark.parametrize("seed", range(20))
async def test_processes_together_admit_at_most_the_bucket_plus_their_unspent_leases(seed):
    """Any window of T seconds: admitted <= capacity + refill x T + N x block; and from a
    fresh bucket, admitted <= capacity + refill x elapsed (the leases add nothing yet)."""
    rng = random.Random(seed)
    clock = ManualClock()
    capacity, refill, processes = 40.0, 2.0, 3
    store = InMemoryLeaseStore(capacity, refill, clock)
    block = lease_block(capacity, processes)
    each = [LeasedBuckets(store, block, lease_seconds=rng.choice([0.5, 1.0, 3.0]), now=clock)
            for _ in range(processes)]
    start = clock.now
    admitted_at: list[float] = []
    for _ in range(3000):
        clock.now += rng.expovariate(60.0)  # about 60 requests a second across the processes: over the limit
        tokens = rng.choice([1, 1, 1, 2, 3])
        if await rng.choice(each).take("user:1", tokens) == 0:
            admitted_at += [clock.now] * tokens
        assert all(p.unspent() <= block for p in each)
    assert len(admitted_at) <= capacity + refill * (clock.now - start)
    assert len(admitted_at) >= refill * (clock.now - start) * 0.8  # the limiter still admits its rate
    for window in (1.0, 5.0, 20.0):
        for begin in admitted_at[::50]:
            inside = sum(begin <= at < begin + window for at in admitted_at)
            assert inside <= capacity + refill * window + processes * block


async def test_a_stopping_process_gives_back_what_it_leased_and_did_not_spend():
    clock = ManualClock()
    store = InMemoryLeaseStore(100, 0.001, clock)
    stopping = LeasedBuckets(store, block=25, now=clock)
    for key in ("user:1", "user:2"):
        await stopping.take(key)
    assert store.level("user:1") == pytest.approx(75)
    await stopping.give_back_all()
    assert stopping.unspent() == 0
    assert store.level("user:1") == store.level("user:2") == pytest.approx(99)
    assert stopping.take_here("user:1") is None  # nothing left here to spend

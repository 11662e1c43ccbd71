"""A per-request bucket shared by every API process whose hot path stays in memory: token
LEASES. A process takes a block of tokens for a key from the shared bucket (one short write),
spends them locally, and gives back what it did not spend when it next renews that key (in the
same write). The shared store is SqliteTokenBuckets (embedded) or DynamoTokenBuckets (AWS).

Sizing: a key's first lease is `block` tokens (one write per new client, whatever it does
next); a lease that expires sizes the next by twice what was spent of it, and a lease spent
before it expires doubles the next (up to `block`). So a busy client renews once per `block`
requests, one sending a request now and then about once per lease time, and neither holds
much more than it spends. Unspent tokens held elsewhere never lower what a client can get for
long: the shared level refills to capacity whatever leases are out.

The bound (tests/unit/test_token_leases.py, tests/integration/processes/): a process's
unspent lease on a key never exceeds `block`, so over any window of T seconds the N processes
together admit at most capacity + refill x T + N x block for one key (the unspent leases they
held when the window began); with block = max(1, capacity / (4 N)) that is capacity / 4 more
than one bucket (or N tokens, for buckets smaller than 4 N). Tokens given back are added to the
shared level (capped at capacity), so nothing is counted twice; a process that dies or forgets a
key loses its unspent lease, which only ever errs towards refusing.

A refusal is remembered until the bucket would hold the tokens again by refilling: an
over-limit client is refused from memory, not with a write per request (tokens another process
gives back meanwhile wait for the next renewal: errs towards refusing, for at most that wait)."""
from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

_MAX_TRACKED_KEYS = 100_000


class LeaseStore(Protocol):
    async def lease(self, key: str, want: float, minimum: float, give_back: float = 0.0) -> tuple[float, float]:
        """Adds give_back to the key's level (capped at capacity), then takes min(want, level)
        if the level holds `minimum`: (tokens granted, 0); otherwise (0, seconds until it would).
        want = minimum = 0 only gives back."""
        ...


def lease_block(capacity: float, processes: int) -> float:
    """The largest lease: a quarter of the bucket shared among the processes, at least one token."""
    return max(1.0, float(int(capacity // (4 * max(1, processes)))))


@dataclass
class _Lease:
    tokens: float = 0.0  # unspent
    spent: float = 0.0  # spent from the current lease
    size: float = 1.0  # the next lease asks for this many (at least the request's tokens)
    expires: float = 0.0
    refused_until: float = 0.0
    refused_tokens: float = 0.0


class LeasedBuckets:
    def __init__(self, store: LeaseStore, block: float, lease_seconds: float = 10.0,
                 now: Callable[[], float] = time.monotonic) -> None:
        self.block = block
        self._store = store
        self._lease_seconds = lease_seconds
        self._now = now
        self._leases: OrderedDict[str, _Lease] = OrderedDict()
        self._renewing: dict[str, asyncio.Future[None]] = {}

    def take_here(self, key: str, tokens: float = 1.0) -> float | None:
        """From this process's lease: 0 when taken, the seconds to wait while a refusal stands,
        None when the shared bucket must be asked (no lease, spent, or expired)."""
        lease = self._leases.get(key)
        if lease is None:
            return None
        now = self._now()
        if lease.refused_until > now and tokens >= lease.refused_tokens:
            return lease.refused_until - now
        if lease.tokens >= tokens and now < lease.expires:
            lease.tokens -= tokens
            lease.spent += tokens
            return 0.0
        return None

    async def take(self, key: str, tokens: float = 1.0) -> float:
        """0 when the tokens were taken; otherwise the seconds until they would be there."""
        while True:
            here = self.take_here(key, tokens)
            if here is not None:
                return here
            renewing = self._renewing.get(key)
            if renewing is None:
                break
            await asyncio.shield(renewing)  # one renewal per key at a time; then look again
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._renewing[key] = done
        try:
            return await self._renew(key, tokens)
        finally:
            del self._renewing[key]
            done.set_result(None)

    async def _renew(self, key: str, tokens: float) -> float:
        lease = self._leases.get(key)
        if lease is None:
            lease = self._leases[key] = _Lease(size=self.block)
            if len(self._leases) > _MAX_TRACKED_KEYS:
                self._leases.popitem(last=False)  # its unspent tokens are lost: errs towards refusing
        else:
            self._leases.move_to_end(key)
            lease.size = next_lease_size(lease, self._now(), self.block)
        give_back, lease.tokens, lease.spent = lease.tokens, 0.0, 0.0  # out of reach while renewing
        granted, wait = await self._store.lease(key, max(lease.size, tokens), tokens, give_back)
        now = self._now()
        if wait > 0:
            lease.refused_until, lease.refused_tokens, lease.expires = now + wait, tokens, now
            return wait
        lease.tokens, lease.spent = granted - tokens, tokens
        lease.expires, lease.refused_until = now + self._lease_seconds, 0.0
        return 0.0

    async def give_back_all(self) -> None:
        """What this process holds and has not spent, back to the shared bucket (as it stops)."""
        held = [(key, lease) for key, lease in self._leases.items() if lease.tokens > 0 and key not in self._renewing]
        unspent = [lease.tokens for _, lease in held]
        for _, lease in held:
            lease.tokens = 0.0
        # want 0: a give-back only (the stores write it whatever the level)
        await asyncio.gather(*(self._store.lease(key, 0.0, 0.0, tokens) for (key, _), tokens in zip(held, unspent)))

    def unspent(self) -> float:
        """Tokens this process holds and has not spent, over every key."""
        return sum(lease.tokens for lease in self._leases.values())


def next_lease_size(lease: _Lease, now: float, block: float) -> float:
    """Double after a lease spent within its time; after one that expired, twice what was spent
    of it (what the key needs over a lease time, with room to grow)."""
    if now < lease.expires:
        return min(block, lease.size * 2)
    return min(block, max(1.0, 2 * lease.spent))

"""Token-bucket rate limiting per principal (user, partner key, else client IP), for every
operation over HTTP or a websocket, with a stricter bucket, keyed by client IP and field, on
the fields worth guessing at (sign-in, sign-up, password resets; taken as each such field
runs, see sensitive_fields.py). One API process keeps its buckets in memory. Several (`serve
--workers N`, or replicas on AWS) share them through the backend's store (`share`), reached
through the async `admit_*`: the sensitive buckets with a write per attempt, the per-request
ones in leases of tokens, so a request is admitted from memory (token_leases.py)."""
from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from gateway.http.refusals import Refusal
from gateway.http.token_leases import LeasedBuckets, LeaseStore, lease_block

_MAX_TRACKED_KEYS = 100_000
SENSITIVE_ATTEMPTS = "sign-in, sign-up and password-reset attempts"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BucketSpec:
    capacity: float
    refill_per_second: float

    @classmethod
    def parse(cls, text: str) -> BucketSpec:
        """"<requests>/<seconds>", e.g. "600/60": bursts of 600, refilled at 10 a second."""
        count, _, seconds = text.partition("/")
        try:
            capacity, period = float(count), float(seconds or 1)
        except ValueError:
            raise ValueError(f"a rate limit is '<requests>/<seconds>', not {text!r}") from None
        if capacity <= 0 or period <= 0:
            raise ValueError(f"a rate limit needs positive numbers, not {text!r}")
        return cls(capacity, capacity / period)


class TokenBuckets:
    """One bucket per key; the least recently seen keys are forgotten past a bound (a forgotten
    bucket comes back full, which only ever errs towards letting a request through)."""

    def __init__(self, spec: BucketSpec, now: Callable[[], float] = time.monotonic) -> None:
        self.spec = spec
        self._now = now
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def take(self, key: str, tokens: float = 1.0) -> float:
        """0 when the tokens were taken; otherwise the seconds until they would be there."""
        now = self._now()
        level, then = self._buckets.get(key, (self.spec.capacity, now))
        level = min(self.spec.capacity, level + (now - then) * self.spec.refill_per_second)
        if level >= tokens:
            self._buckets[key] = (level - tokens, now)
            self._buckets.move_to_end(key)
            if len(self._buckets) > _MAX_TRACKED_KEYS:
                self._buckets.popitem(last=False)
            return 0.0
        self._buckets[key] = (level, now)
        return (tokens - level) / self.spec.refill_per_second


class SharedBuckets(LeaseStore, Protocol):
    """TokenBuckets.take, kept where every process sees it (adapters/*/rate_buckets.py), and
    the leases the per-request buckets are taken in."""

    async def take(self, key: str, tokens: float = 1.0) -> float: ...


def rate_limits_enabled(setting: str) -> bool:
    return setting.strip().lower() not in ("off", "false", "0", "no", "disabled")


class RateLimiter:
    def __init__(
        self, default: str, sensitive: str, sensitive_fields: Iterable[str], enabled: bool = True,
        now: Callable[[], float] = time.monotonic, processes: int = 1, lease_seconds: float = 10.0,
    ) -> None:
        """`processes`: the API processes sharing the buckets, which sizes the leases."""
        self.enabled = enabled
        self.processes = processes
        self.lease_seconds = lease_seconds
        self._now = now
        self.sensitive_fields = frozenset(sensitive_fields)
        self._default = TokenBuckets(BucketSpec.parse(default), now)
        self._sensitive = TokenBuckets(BucketSpec.parse(sensitive), now)
        self._request_leases: LeasedBuckets | None = None
        self._shared_sensitive: SharedBuckets | None = None

    def share(self, open_buckets: Callable[[str, BucketSpec], SharedBuckets]) -> None:
        """From now on the buckets live in the shared store open_buckets(name, spec) gives."""
        spec = self._default.spec
        self._request_leases = LeasedBuckets(
            open_buckets("default", spec), lease_block(spec.capacity, self.processes), self.lease_seconds, self._now)
        self.share_sensitive(open_buckets)

    def share_sensitive(self, open_buckets: Callable[[str, BucketSpec], SharedBuckets]) -> None:
        """Only the sensitive buckets in the shared store; each process keeps its own
        per-request buckets (one API process, or TALENTGRAPH_RATE_LIMIT_REQUEST_SCOPE=process)."""
        self._shared_sensitive = open_buckets("sensitive", self._sensitive.spec)

    async def give_back_leases(self, within_seconds: float = 2.0) -> None:
        """As the process stops: the tokens it leased and did not spend, back to the shared
        bucket. Best effort: what cannot be given back in time is lost, as if the process died."""
        if self._request_leases is None:
            return
        try:
            await asyncio.wait_for(self._request_leases.give_back_all(), within_seconds)
        except Exception as error:  # the process is stopping either way
            log.warning("unspent rate-limit leases not given back: %r", error)

    async def admit_request(self, principal: str, operations: int = 1) -> None:
        leases = self._request_leases
        if leases is None:
            return self.check_request(principal, operations)
        if self.enabled:
            wait = leases.take_here(principal, operations)  # from this process's lease: no await
            if wait is None:
                wait = await leases.take(principal, operations)
            _refuse_if_waiting(wait, "requests")

    async def admit_sensitive(self, client_key: str, attempts: int, what: str = SENSITIVE_ATTEMPTS) -> None:
        """`what`: the action limited, as the refusal names it ("recruiter invitations")."""
        shared = self._shared_sensitive
        if shared is None:
            return self.check_sensitive(client_key, attempts, what)
        if self.enabled and attempts:
            wait = await shared.take(client_key, attempts)
            _refuse_if_waiting(wait, what)

    def check_request(self, principal: str, operations: int = 1) -> None:
        if self.enabled:
            _refuse_if_waiting(self._default.take(principal, operations), "requests")

    def check_sensitive(self, client_key: str, attempts: int, what: str = SENSITIVE_ATTEMPTS) -> None:
        if self.enabled and attempts:
            _refuse_if_waiting(self._sensitive.take(client_key, attempts), what)


def _refuse_if_waiting(wait: float, what: str) -> None:
    if wait > 0:
        retry_after = max(1, math.ceil(wait))
        raise Refusal(
            429, "RATE_LIMITED", f"Too many {what}; retry after {retry_after} s.",
            headers={"retry-after": str(retry_after)}, retryAfter=retry_after,
        )

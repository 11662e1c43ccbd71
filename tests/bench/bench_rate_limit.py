"""`make bench-rate-limit`: what the per-request limit costs on the request path, as a tight
loop through RateLimiter.admit_request: buckets in this process (one API process) against the
bucket shared through leases on a real SQLite file (gateway/http/token_leases.py), in the
same run, interleaved, best of ROUNDS.

Principal mixes: one busy client (leases reach their block: a write per block of requests),
and many clients cycled (every one's first lease is a write; then they grow). The bucket is
large enough that nothing is refused, so what is measured is admission, not refusal.
"""
from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rate_buckets import shared_buckets
from gateway.http.rate_limit import RateLimiter

REQUESTS = int(os.environ.get("BENCH_REQUESTS", "200000"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
PROCESSES = 2  # the leases are sized for this many API processes
MIXES = {"1 client": 1, "1,000 clients": 1_000, "20,000 clients": 20_000}


async def loop(limiter: RateLimiter, principals: list[str], requests: int) -> float:
    started = time.perf_counter()
    count = len(principals)
    for n in range(requests):
        await limiter.admit_request(principals[n % count])
    return requests / (time.perf_counter() - started)


async def measure(db: Database, principals: list[str], round_: int) -> dict[str, float]:
    local = RateLimiter("100000000/60", "10/60", ["login"])
    shared = RateLimiter("100000000/60", "10/60", ["login"], processes=PROCESSES)
    # A bucket name of its own per round: each round starts from full buckets and no leases.
    shared.share(lambda name, spec: shared_buckets(db)(f"{name}-{round_}-{len(principals)}", spec))
    return {"local": await loop(local, principals, REQUESTS), "shared": await loop(shared, principals, REQUESTS)}


async def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "talentgraph.sqlite3")
        await db.open()
        results: dict[str, dict[str, float]] = {name: {"local": 0.0, "shared": 0.0} for name in MIXES}
        for round_ in range(ROUNDS):
            for name, clients in MIXES.items():
                principals = [f"user:{n}" for n in range(clients)]
                for scope, rate in (await measure(db, principals, round_)).items():
                    results[name][scope] = max(results[name][scope], rate)
        await db.close()
    print(f"admit_request tight loop, {REQUESTS} requests x {ROUNDS} rounds (best shown);"
          f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'':16} {'local req/s':>12} {'leased req/s':>13} {'ratio':>6}")
    for name, rates in results.items():
        print(f"{name:16} {rates['local']:12.0f} {rates['shared']:13.0f} {rates['shared'] / rates['local']:6.2f}")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))

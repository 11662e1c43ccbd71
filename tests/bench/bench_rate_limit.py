"""`make bench-rate-limit`: what the per-request limit costs on the request path, as a tight
loop through RateLimiter.admit_request: buckets in this process (one API process) against the
bucket shared through leases on a real SQLite file (gateway/http/token_leases.py), in the
same run, interleaved, best of ROUNDS.

Principal mixes: one busy client (a write per block of requests), and many clients cycled
(every one's first lease is a write), one request at a time or 16 at once (as 16 connections
would: leases asked for together share a write transaction). The bucket is large enough that
nothing is refused, so what is measured is admission, not refusal.
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
MIXES = {  # name: (clients, requests at once)
    "1 client": (1, 1), "1,000 clients": (1_000, 1), "20,000 clients": (20_000, 1),
    "20,000 clients, 16 at once": (20_000, 16),
}


async def loop(limiter: RateLimiter, principals: list[str], requests: int, at_once: int) -> float:
    count = len(principals)

    async def one_connection(first: int) -> None:
        for n in range(first, requests, at_once):
            await limiter.admit_request(principals[n % count])

    started = time.perf_counter()
    await asyncio.gather(*(one_connection(first) for first in range(at_once)))
    return requests / (time.perf_counter() - started)


async def measure(db: Database, principals: list[str], at_once: int, run: str) -> dict[str, float]:
    local = RateLimiter("100000000/60", "10/60", ["login"])
    shared = RateLimiter("100000000/60", "10/60", ["login"], processes=PROCESSES)
    # A bucket name of its own per run: each starts from full buckets and no leases.
    shared.share(lambda name, spec: shared_buckets(db)(f"{name}-{run}", spec))
    return {"local": await loop(local, principals, REQUESTS, at_once),
            "shared": await loop(shared, principals, REQUESTS, at_once)}


async def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "talentgraph.sqlite3")
        await db.open()
        results: dict[str, dict[str, float]] = {name: {"local": 0.0, "shared": 0.0} for name in MIXES}
        for round_ in range(ROUNDS):
            for name, (clients, at_once) in MIXES.items():
                principals = [f"user:{n}" for n in range(clients)]
                for scope, rate in (await measure(db, principals, at_once, f"{round_}-{name}")).items():
                    results[name][scope] = max(results[name][scope], rate)
        await db.close()
    print(f"admit_request tight loop, {REQUESTS} requests x {ROUNDS} rounds (best shown);"
          f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'':28} {'local req/s':>12} {'leased req/s':>13} {'ratio':>6}")
    for name, rates in results.items():
        print(f"{name:28} {rates['local']:12.0f} {rates['shared']:13.0f} {rates['shared'] / rates['local']:6.2f}")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))

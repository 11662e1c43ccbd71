"""The per-request bucket taken in leases (gateway/http/token_leases.py) by two processes on
one SQLite file, each hammering one key from several tasks at once: together they admit no
more than the bucket (capacity + refill over the time) from a fresh bucket, and in any window
no more than that plus the leases they may hold unspent (N x block)."""
from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from adapters.embedded.sqlite.database import Database
from gateway.http.token_leases import lease_block
from tests.integration.processes.holders import ROOT

PROCESSES = 2
CAPACITY = 200
REFILL = 20.0  # a second: "200/10"
SECONDS = 3.0
TASKS_EACH = 4

_HAMMER = """
import asyncio, json, sys, time
from pathlib import Path
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rate_buckets import SqliteTokenBuckets
from gateway.http.token_leases import LeasedBuckets, lease_block

async def main(path, start_at, capacity, refill, processes, seconds, tasks):
    db = Database(Path(path))
    await db.open()
    store = SqliteTokenBuckets(db, "default", capacity, refill)
    leases = LeasedBuckets(store, lease_block(capacity, processes), lease_seconds=0.5)
    admitted = []
    while time.time() < start_at:
        await asyncio.sleep(0.001)
    until = time.time() + seconds  # (a process slow to start on a busy machine still hammers)

    async def hammer():
        while time.time() < until:
            wait = leases.take_here("user:1")
            if wait is None:
                wait = await leases.take("user:1")
            if wait == 0:
                admitted.append(time.time())
            await asyncio.sleep(0)  # the other tasks' turn, as requests interleave

    await asyncio.gather(*(hammer() for _ in range(tasks)))
    await db.close()
    print(json.dumps({"admitted": admitted, "unspent": leases.unspent()}))

args = sys.argv[1:]
asyncio.run(main(args[0], float(args[1]), float(args[2]), float(args[3]), int(args[4]), float(args[5]), int(args[6])))
"""


async def test_two_processes_hammering_one_key_stay_within_the_bucket_and_the_leases_bound(tmp_path: Path) -> None:
    path = tmp_path / "talentgraph.sqlite3"
    db = Database(path)
    await db.open()
    await db.close()
    start_at = time.time() + 4.0
    results = await asyncio.to_thread(_hammer_in_processes, path, start_at)
    admitted = sorted(at for result in results for at in result["admitted"])
    block = lease_block(CAPACITY, PROCESSES)
    # Both processes really took part, at the same time.
    assert all(result["admitted"] for result in results), [len(r["admitted"]) for r in results]
    assert all(result["unspent"] <= block for result in results)
    # From the first grant (just before the first admission) to the last: one bucket's worth.
    elapsed = admitted[-1] - admitted[0] + 0.05
    assert len(admitted) <= CAPACITY + REFILL * elapsed, len(admitted)
    # The leases do not starve the client either: it gets the bucket, less what is left unspent.
    assert len(admitted) >= CAPACITY - PROCESSES * block, len(admitted)
    for window in (0.5, 1.0, 2.0):
        busiest = max(_in_window(admitted, begin, window) for begin in admitted)
        assert busiest <= CAPACITY + REFILL * window + PROCESSES * block, (window, busiest)


def _in_window(times: list[float], begin: float, window: float) -> int:
    return sum(begin <= at < begin + window for at in times)


def _hammer_in_processes(path: Path, start_at: float) -> list[dict]:
    arguments = [str(path), str(start_at), str(CAPACITY), str(REFILL), str(PROCESSES), str(SECONDS), str(TASKS_EACH)]
    takers = [subprocess.Popen([sys.executable, "-c", _HAMMER, *arguments], cwd=ROOT,
                               env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, text=True)
              for _ in range(PROCESSES)]
    return [json.loads(taker.communicate(timeout=120)[0]) for taker in takers]

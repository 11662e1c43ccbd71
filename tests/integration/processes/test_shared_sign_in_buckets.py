"""The sign-in bucket is one budget for every process of an embedded deployment: processes
taking from one key at the same moment are granted the bucket's capacity in all, not each."""
from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from adapters.embedded.sqlite.database import Database
from tests.integration.processes.holders import ROOT

PROCESSES = 3
CAPACITY = 10
TRIES_EACH = 10

_TAKER = """
import asyncio, json, sys, time
from pathlib import Path
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rate_buckets import SqliteTokenBuckets

async def main(path, start_at):  # capacity and tries come as argv[3] and argv[4]
    db = Database(Path(path))
    await db.open()
    bucket = SqliteTokenBuckets(db, "sensitive", capacity=int(sys.argv[3]), refill_per_second=0.001)
    while time.time() < start_at:
        await asyncio.sleep(0.001)
    granted = 0
    for _ in range(int(sys.argv[4])):
        granted += await bucket.take("203.0.113.9|login") == 0
    await db.close()
    print(json.dumps(granted))

asyncio.run(main(sys.argv[1], float(sys.argv[2])))
"""


async def test_processes_guessing_at_once_share_one_budget(tmp_path: Path) -> None:
    path = tmp_path / "talentgraph.sqlite3"
    db = Database(path)
    await db.open()
    await db.close()
    start_at = time.time() + 3.0
    granted = await asyncio.to_thread(_take_in_processes, path, start_at)
    assert sum(granted) == CAPACITY, granted


def _take_in_processes(path: Path, start_at: float) -> list[int]:
    takers = [subprocess.Popen([sys.executable, "-c", _TAKER, str(path), str(start_at), str(CAPACITY), str(TRIES_EACH)],
                               cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, text=True)
              for _ in range(PROCESSES)]
    return [json.loads(taker.communicate(timeout=120)[0]) for taker in takers]

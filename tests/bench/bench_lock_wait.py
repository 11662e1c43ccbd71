"""`make bench-lock-wait`: how long a post's BEGIN IMMEDIATE waits for SQLite's write lock while
another process writes as the draining worker does, with SQLite's busy handler (the baseline,
and what the worker keeps) and with the API role's polling (adapters/embedded/sqlite/lock_polling.py).

The other process holds the lock for 5-60 ms at a time (the spread of the worker's match writes
measured during `bench_drain_split`: p50 10 ms, p90 63) with 5-30 ms between writes; the poster
writes one row every 50-150 ms, 200 times per round. Rounds alternate, A/B/B/A. Prints the
wait's percentiles for each round and the ratio of the means."""
from __future__ import annotations

import multiprocessing
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from adapters.embedded.sqlite.lock_polling import LockPolling, begin_on_thread

POSTS = int(os.environ.get("LOCK_WAIT_POSTS", "200"))
_HOLDS = (0.005, 0.008, 0.01, 0.012, 0.02, 0.03, 0.06)


def _drain_like_writer(path: Path, stop_at: float) -> None:
    rng = random.Random(1)
    conn = sqlite3.connect(path, isolation_level=None, timeout=5)
    while time.time() < stop_at:
        conn.execute("BEGIN IMMEDIATE")
        end = time.perf_counter() + rng.choice(_HOLDS)
        while time.perf_counter() < end:
            pass  # SQLite's work inside the write: CPU, lock held
        conn.execute("INSERT INTO rows VALUES (1)")
        conn.execute("COMMIT")
        time.sleep(rng.uniform(0.005, 0.03))


def _post_waits(path: Path, polling: LockPolling | None) -> list[float]:
    rng = random.Random(2)
    conn = sqlite3.connect(path, isolation_level=None, timeout=0 if polling else 5)
    waits = []
    for _ in range(POSTS):
        time.sleep(rng.uniform(0.05, 0.15))
        started = time.perf_counter()
        begin_on_thread(conn, polling)
        waits.append(1000 * (time.perf_counter() - started))
        conn.execute("INSERT INTO rows VALUES (2)")
        conn.execute("COMMIT")
    conn.close()
    return waits


def _round(path: Path, polling: LockPolling | None) -> list[float]:
    writer = multiprocessing.Process(target=_drain_like_writer, args=(path, time.time() + POSTS * 0.2 + 5))
    writer.start()
    time.sleep(0.3)
    try:
        return sorted(_post_waits(path, polling))
    finally:
        writer.terminate()
        writer.join()


def main() -> None:
    means: dict[str, list[float]] = {"busy handler": [], "polling": []}
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "lock-wait.sqlite3"
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE rows(x)")
        conn.close()
        for name in ("busy handler", "polling", "polling", "busy handler"):
            waits = _round(path, LockPolling() if name == "polling" else None)
            at = {f: waits[int(f * (len(waits) - 1))] for f in (0.5, 0.75, 0.9, 0.99)}
            means[name].append(statistics.mean(waits))
            print(f"{name:>12}: BEGIN wait p50 {at[0.5]:.2f}  p75 {at[0.75]:.2f}  p90 {at[0.9]:.2f}  "
                  f"p99 {at[0.99]:.2f}  mean {means[name][-1]:.2f} ms  (load {os.getloadavg()[0]:.1f})", flush=True)
    ratio = statistics.mean(means["polling"]) / statistics.mean(means["busy handler"])
    print(f"mean wait, polling / busy handler: x{ratio:.2f}")


if __name__ == "__main__":
    sys.exit(main())

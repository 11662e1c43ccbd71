"""`make bench-events`: domain events across the processes of an embedded deployment, and how
soon `talentgraph run` answers.

1. Commit to subscriber: another process publishes EVENTS events (EVENT_GAP_MS apart) through
   the SQLite event log; this process's subscriber notes when each arrives. The publisher
   stamps each event just before publishing, so the figure includes the commit itself.
   Target p99 < 250 ms.
2. `talentgraph run --workers N` on a fresh data dir and again on the same one: seconds from
   the command to the first answered GraphQL request (target < 3 s), and `run --in-one-process`
   (one process, as before the roles) under the same load for comparison. The project's
   modules are compiled to bytecode first, as `make run` does.
Figures from a shared machine are noisy: the load average is printed beside them."""
from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVENTS = int(os.environ.get("EVENTS", "300"))
GAP_MS = float(os.environ.get("EVENT_GAP_MS", "10"))
PROCESSES = int(os.environ.get("BENCH_PROCESSES", str(os.cpu_count() or 1)))

_PUBLISHER = """
import asyncio, sys, time
from pathlib import Path
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.event_log import SqliteEventLog
from domain.events import JobPosted

async def main(path, count, gap):
    db = Database(Path(path))
    await db.open()
    log = SqliteEventLog(db)
    await log.start()
    await asyncio.sleep(1.0)
    for n in range(count):
        await log.publish(JobPosted(job_id=repr(time.time()), organization_id=str(n)))
        await asyncio.sleep(gap)
    await log.close()
    await db.close()

asyncio.run(main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3])))
"""


async def commit_to_subscriber(path: Path) -> list[float]:
    from adapters.embedded.sqlite.database import Database
    from adapters.embedded.sqlite.event_log import SqliteEventLog
    from domain.events import JobPosted

    db = Database(path)
    await db.open()
    log = SqliteEventLog(db)
    await log.start()
    latencies: list[float] = []
    done = asyncio.Event()

    async def arrived(event) -> None:
        latencies.append((time.time() - float(event.job_id)) * 1000)
        if len(latencies) == EVENTS:
            done.set()

    log.subscribe(JobPosted.name, arrived)
    publisher = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _PUBLISHER, str(path), str(EVENTS), str(GAP_MS / 1000), cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    await publisher.wait()
    await asyncio.wait_for(done.wait(), 30)
    await log.close()
    await db.close()
    return latencies


def first_answer_seconds(data_dir: Path, *shape: str) -> float:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    started = time.monotonic()
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "talentgraph"), "run", *shape, "--port", str(port),
         "--data-dir", str(data_dir)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), "TALENTGRAPH_LOG_LEVEL": "WARNING"},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=b'{"query": "{ __typename }"}',
                                     headers={"content-type": "application/json"})
    try:
        while True:
            try:
                urllib.request.urlopen(request, timeout=1).read()
                return time.monotonic() - started
            except OSError as error:
                if process.poll() is not None or time.monotonic() - started > 120:
                    raise RuntimeError("talentgraph run did not answer") from error
                time.sleep(0.01)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)


def main() -> int:
    from adapters.embedded.sqlite.database import Database

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "talentgraph.sqlite3"

        async def migrate() -> None:
            db = Database(path)
            await db.open()
            await db.close()

        asyncio.run(migrate())
        subprocess.run([sys.executable, "-m", "compileall", "-q", "gateway", "resolvers", "domain", "adapters"],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        latencies = sorted(asyncio.run(commit_to_subscriber(path)))
        fresh = first_answer_seconds(Path(tmp) / "deployment", "--workers", str(PROCESSES))
        again = first_answer_seconds(Path(tmp) / "deployment", "--workers", str(PROCESSES))
        # Today's single process, under the same load: the load-independent comparison.
        single = first_answer_seconds(Path(tmp) / "deployment", "--in-one-process")
    p50 = statistics.median(latencies)
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"events across processes: {len(latencies)} events, commit to subscriber p50 {p50:.1f} ms,"
          f" p99 {p99:.1f} ms, max {latencies[-1]:.1f} ms (target p99 < 250 ms)")
    print(f"talentgraph run --workers {PROCESSES} to first answer: {fresh:.2f}s on a fresh data dir,"
          f" {again:.2f}s on the same one again (target < 3 s); --in-one-process {single:.2f}s")
    print(json.dumps({"p50_ms": round(p50, 2), "p99_ms": round(p99, 2), "first_answer_s": [round(fresh, 2), round(again, 2)],
                      "in_one_process_s": round(single, 2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The matching queue's drain as production runs it: the API role (`talentgraph serve`, real
uvicorn on loopback) and the worker role (`talentgraph worker`) in processes of their own, on a
copy of a backlog made by `bench_drain prepare`. Where `bench_drain run` keeps the workers on
the API's event loop, this asks what a poster sees when matching runs beside the API.

    PYTHONPATH=. .venv/bin/python -m tests.bench.bench_drain prepare /tmp/drain --candidates 1000 --jobs 600
    PYTHONPATH=/path/to/tree .venv/bin/python -m tests.bench.bench_drain_split /tmp/drain [--posts 100]

Prints postJob p50/p99 over HTTP (posts paced as a user's, `--pause` apart, 0.25 s by default) with the queue
idle (no worker process: before the drain and after it) and through the whole drain, the items
drained per second (from the worker's first finished item to an empty queue, so the model's
loading is not counted), the worker process's CPU per item (its threads and children), the API
process's CPU per post, and the load average."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from gateway.config import Settings
from tests.bench.api_processes import api_pids
from tests.bench.bench_scale import POST, a_job_input, percentiles
from tests.e2e.clients.live_gateway import PROJECT_ROOT, live_gateway
from tests.e2e.process_tree import descendants

_ENV = {"TALENTGRAPH_LOG_LEVEL": "WARNING", "TALENTGRAPH_RATE_LIMITS": "off", "HF_HUB_OFFLINE": "1"}


def _count(database: Path, sql: str, *args: object) -> int:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30) as db:
        (count,) = db.execute(sql, args).fetchone()
    return count


def queued(database: Path, up_to_rowid: int | None = None) -> int:
    """Items waiting or leased; with `up_to_rowid`, only those queued before that mark (a post
    during the drain queues one more item each time, so "the queue is empty" would rarely be
    seen right after a post)."""
    mark = up_to_rowid if up_to_rowid is not None else 2**62
    return _count(database, "SELECT count(*) FROM work_items WHERE state IN ('ready', 'leased') AND rowid <= ?", mark)


def finished(database: Path) -> int:
    return _count(database, "SELECT count(*) FROM work_items WHERE state = 'done'")


def last_rowid(database: Path) -> int:
    return _count(database, "SELECT coalesce(max(rowid), 0) FROM work_items")


def process_cpu(pid: int) -> float:
    """CPU seconds of a process and its live descendants (utime + stime of every thread)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for each in (pid, *descendants(pid)):
        try:
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def timed_posts(gateway, token: str, samples: int, rng, pause: float = 0.0) -> list[float]:
    times = []
    for _ in range(samples):
        time.sleep(pause)
        started = time.perf_counter()
        body = gateway.execute(POST, {"input": a_job_input(rng)}, token=token)
        times.append(1000 * (time.perf_counter() - started))
        if body.get("errors"):
            raise RuntimeError(body["errors"])
    return times


def start_worker(data_dir: Path, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "gateway.cli", "worker", "--data-dir", str(data_dir)],
        cwd=PROJECT_ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def run(source: Path, posts: int, pause: float) -> dict:
    import random

    rng = random.Random(20)
    with tempfile.TemporaryDirectory(prefix="bench-drain-split-") as tmp:
        data_dir = Path(tmp) / "data"
        shutil.copytree(source, data_dir)
        database = Settings(data_dir=data_dir).database_path
        with live_gateway(data_dir, command=("serve", "--workers", "1"), **_ENV) as gateway:
            # One API process: `serve --workers 1` runs it in the manager's process or as its child.
            api = (api_pids(gateway.process.pid) or [gateway.process.pid])[0]
            token = gateway.register("EMPLOYER", "split-poster@example.com")
            timed_posts(gateway, token, 10, rng)  # warm: the first answers pay for caches
            api_cpu = process_cpu(api)
            idle = timed_posts(gateway, token, posts, rng, pause)
            api_idle_ms = 1000 * (process_cpu(api) - api_cpu) / posts
            backlog = queued(database)
            load_before = os.getloadavg()[0]
            worker = start_worker(data_dir, {**_ENV, "TALENTGRAPH_JWT_SECRET": "live-test-secret-" + "x" * 40})
            try:
                while queued(database) >= backlog:  # the model loads before the first item is done
                    if worker.poll() is not None:
                        raise RuntimeError(f"the worker exited with {worker.returncode}: {worker.stderr.read()}")
                    time.sleep(0.01)
                started, worker_cpu, done_before = time.perf_counter(), process_cpu(worker.pid), finished(database)
                api_cpu, busy, mark = process_cpu(api), [], last_rowid(database)
                # Posts paced until the backlog is done; each one is also work for the worker,
                # counted in `drained` if it was finished by then.
                while queued(database, up_to_rowid=mark) > 0:
                    busy += timed_posts(gateway, token, 1, rng, pause)
                api_busy_ms = 1000 * (process_cpu(api) - api_cpu) / max(1, len(busy))
                seconds = time.perf_counter() - started
                drained = finished(database) - done_before
                worker_ms = 1000 * (process_cpu(worker.pid) - worker_cpu) / drained
            finally:
                worker.terminate()
                worker.wait(timeout=60)
            # Idle again, the worker gone: the machine's drift over the run shows as a gap
            # between the two idle windows.
            idle_after = timed_posts(gateway, token, posts, rng, pause)
    idle_p50, idle_p99 = percentiles([t / 1000 for t in idle + idle_after])
    after_p50, _ = percentiles([t / 1000 for t in idle_after])
    busy_p50, busy_p99 = percentiles([t / 1000 for t in busy])
    return {"backlog": backlog, "jobs_per_s": round(drained / seconds, 2), "worker_cpu_ms_per_job": round(worker_ms, 1),
            "post_p50_idle_ms": round(idle_p50, 1), "post_p99_idle_ms": round(idle_p99, 1),
            "post_p50_draining_ms": round(busy_p50, 1), "post_p99_draining_ms": round(busy_p99, 1),
            "post_p50_ratio": round(busy_p50 / idle_p50, 2), "posts_while_draining": len(busy),
            "post_p50_idle_before_after_ms": [round(percentiles([t / 1000 for t in idle])[0], 1), round(after_p50, 1)],
            "api_cpu_ms_per_post_idle": round(api_idle_ms, 1), "api_cpu_ms_per_post_draining": round(api_busy_ms, 1),
            "load": [round(load_before, 1), round(os.getloadavg()[0], 1)], "at": time.strftime("%H:%M:%S")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path, help="a backlog made by `bench_drain prepare`")
    parser.add_argument("--posts", type=int, default=100, help="postJob samples in each idle window")
    parser.add_argument("--pause", type=float, default=0.25, help="seconds between posts (at 0.1 the posts alone keep a worker at ~10 jobs/s busy)")
    args = parser.parse_args()
    print(json.dumps(run(args.data_dir, args.posts, args.pause)), flush=True)


if __name__ == "__main__":
    main()

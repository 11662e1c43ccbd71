"""The matching queue's drain alone, on a data directory filled once and copied for each run,
so two checkouts drain the very same backlog side by side (a ratio, on a shared machine).

    # once, with any checkout: 1,000 candidates with plain-text resumes and 600 jobs posted
    PYTHONPATH=. .venv/bin/python -m tests.bench.bench_drain prepare /tmp/drain --candidates 1000 --jobs 600
    # then per checkout (PYTHONPATH picks the code), on a copy of that directory:
    PYTHONPATH=/path/to/tree .venv/bin/python -m tests.bench.bench_drain run /tmp/drain [--profile out.prof]

`stored --out FILE` drains with one match lane (the same batches under any checkout) and
writes every stored match, for comparing two checkouts' results with diff.

`run` settles the heap once warm as `talentgraph serve` does (`--python-gc`: Python's collector
defaults instead), and prints the items drained per second, the CPU per item (every thread's, and any child
process's: steadier than the rate under load), postJob p50 with the queue idle and while it drains (the workers
share the API's process, as in bench_scale), and the load average. The model is loaded at start
(`embed_at_start`), before anything is measured: its one-off ~5 s of CPU would otherwise be
spread over the backlog's jobs (about 7 ms a job of 620; the figures in docs/performance.md
measured before this change include it)."""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import sqlite3
import tempfile
import threading
import time
from pathlib import Path

import httpx
from asgi_lifespan import LifespanManager

from domain.users import Role
from gateway.app import create_app
from gateway.bootstrap import open_services
from gateway.config import Settings
from tests.bench.bench_scale import Bench
from tests.bench.children_cpu import children_cpu

_SECRET = "drain-bench-" * 6


def thread_cpu() -> dict[str, float]:
    """CPU seconds per thread of this process so far, by the Python thread's name (threads
    Python did not start, such as the model's, count as "native"); Linux only."""
    names = {t.native_id: t.name.split("(")[-1].rstrip(")") for t in threading.enumerate()}
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[str, float] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        name = names.get(int(task.name), "native")
        name = "connection threads" if "connection_worker" in name else name
        name = "executor threads" if name.startswith(("asyncio_", "ThreadPoolExecutor")) else name
        out[name] = out.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / tick
    return out


def _settings(data_dir: Path, **overrides) -> Settings:
    return Settings(data_dir=data_dir, log_level="WARNING", rate_limits="off", jwt_secret=_SECRET, **overrides)


async def prepare(data_dir: Path, candidates: int, jobs: int) -> None:
    app = create_app(_settings(data_dir))
    async with LifespanManager(app, startup_timeout=600, shutdown_timeout=600) as manager:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=manager.app), base_url="http://b") as client:
            bench = Bench(app, client, data_dir, random.Random(18))
            await app.state.workers.stop()
            me, _ = await bench.register(Role.CANDIDATE)
            employer, _ = await bench.register(Role.EMPLOYER, "Acme")
            await bench.add_candidates(candidates, me)
            await bench.post_jobs(jobs, employer)
            print(f"# prepared {candidates} candidates, {await bench.queue_pending()} items queued", flush=True)


async def run(source: Path, profile: str | None, posts: int, settle_heap: bool = True) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-drain-") as tmp:
        data_dir = Path(tmp) / "data"
        shutil.copytree(source, data_dir)
        app = create_app(_settings(data_dir, embed_at_start=True))
        # As `talentgraph serve` sets it (and the worker role does at start): once warm, what the
        # start built is frozen and the collector's young pass runs at gc_young_threshold. Left
        # at Python's defaults, the drain spent ~1.5 ms of a job's CPU in the collector.
        app.state.freeze_heap_when_ready = settle_heap
        async with LifespanManager(app, startup_timeout=600, shutdown_timeout=600) as manager:
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=manager.app), base_url="http://b") as client:
                bench = Bench(app, client, data_dir, random.Random(19))
                await app.state.workers.stop()
                _, token = await bench.register(Role.EMPLOYER, "Posting Inc")  # a fresh session
                idle = await bench.post_p50(token, posts)
                backlog = await bench.queue_pending()
                if profile:
                    os.environ["BENCH_PROFILE"] = profile
                load_before = os.getloadavg()[0]
                threads_before, children_before = thread_cpu(), children_cpu()
                drain = asyncio.create_task(bench.drain(3600))
                await asyncio.sleep(0.2)
                busy = await bench.post_p50(token, posts)
                rate, _ = await drain
                # Threads that ended meanwhile are not counted (the per-item figure is whole).
                items = backlog + posts
                per_thread = {name: round(1000 * (cpu - threads_before.get(name, 0.0)) / items, 1)
                              for name, cpu in sorted(thread_cpu().items())}
                children_ms = 1000 * (children_cpu() - children_before) / items
                per_thread["child processes"] = round(children_ms, 1)
                await app.state.workers.stop()
    return {"backlog": backlog, "jobs_per_s": round(rate, 2), "cpu_ms_per_job": round(bench.drain_cpu_ms + children_ms, 1),
            "post_p50_idle_ms": round(idle * 1, 1), "post_p50_draining_ms": round(busy, 1),
            "cpu_ms_per_job_by_thread": per_thread,
            "load": [round(load_before, 1), round(os.getloadavg()[0], 1)], "at": time.strftime("%H:%M:%S")}


async def stored(source: Path) -> list[tuple]:
    """Drains a copy with one match lane and nothing posted meanwhile, so the batches are the
    same under any checkout (the oldest 32 ready jobs each time), and writes every stored match
    (candidate, job, resume, score, breakdown) sorted: two checkouts' files are then compared."""
    with tempfile.TemporaryDirectory(prefix="bench-drain-") as tmp:
        data_dir = Path(tmp) / "data"
        shutil.copytree(source, data_dir)
        settings = _settings(data_dir, match_workers=1)
        async with open_services(settings) as services:
            workers = services.worker_pool()
            workers.start()
            while True:
                depth = await services.queue.depth()
                if not depth["ready"] + depth["leased"]:
                    break
                await asyncio.sleep(0.05)
            await workers.stop()
            # As the production roles do: the handlers the drain started finish before the
            # services (the database among them) close.
            await services.events.drain()
        with sqlite3.connect(settings.database_path) as db:
            rows = db.execute(
                "SELECT candidate_id, job_id, resume_id, score, semantic_bp, skills_bp, experience_bp, location_bp,"
                " salary_bp, preferences_bp FROM matches ORDER BY job_id, candidate_id").fetchall()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=["prepare", "run", "stored"])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--candidates", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=600)
    parser.add_argument("--posts", type=int, default=20, help="postJob samples, idle and while draining")
    parser.add_argument("--profile", help="a cProfile file of the event loop's thread while draining")
    parser.add_argument("--python-gc", action="store_true",
                        help="run: keep Python's collector defaults (as this bench did before it settled the heap as serve does)")
    parser.add_argument("--out", type=Path, help="stored: where the stored matches go")
    args = parser.parse_args()
    if args.action == "prepare":
        args.data_dir.mkdir(parents=True, exist_ok=True)
        asyncio.run(prepare(args.data_dir, args.candidates, args.jobs))
    elif args.action == "stored":
        rows = asyncio.run(stored(args.data_dir))
        args.out.write_text("".join(f"{row}\n" for row in rows))
        print(f"# {len(rows)} matches written to {args.out}", flush=True)
    else:
        print(json.dumps(asyncio.run(run(args.data_dir, args.profile, args.posts, not args.python_gc))), flush=True)


if __name__ == "__main__":
    main()

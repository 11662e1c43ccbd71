"""Text search right after a job changes, on a file of N jobs, through the repository alone
(the row "right after a post" of bench_scale without its long set-up): each sample posts one
job, then times `search("senior engineer", first 20)`; p50/p99 and the load average.

    PYTHONPATH=<tree> python tests/bench/bench_search_after_write.py --db /tmp/jobs.sqlite3 --jobs 100000 [--samples 100]

The file is filled to --jobs on the first run (bulk SQL, seeded_board.py) and reused after, so the
code before and after a change can be timed on copies of the same file, side by side (this file
run with PYTHONPATH naming the tree whose repository is timed).
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import time
from datetime import UTC, datetime
from pathlib import Path

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from domain.clock import new_id
from domain.jobs import Job, JobFilter, JobStatus
from domain.pagination import PageRequest
from tests.bench.bench_scale import _domain_fields, a_job_input, percentiles

QUERY = "senior engineer"


def a_job(rng: random.Random) -> Job:
    now = datetime.now(UTC)
    return Job(id=new_id(), organization_id="bench-org", posted_at=now, updated_at=now,
               **_domain_fields(a_job_input(rng)))


async def fill(db: Database, jobs: SqliteJobRepository, count: int, rng: random.Random) -> None:
    """bench_scale's templated ads, written by bulk SQL (seeded_board.py; as posted, minus the
    queue), so 100,000 take a minute instead of an hour."""
    try:
        from tests.bench.seeded_board import add_jobs, templated_job_row
    except ImportError:  # run by path with another tree's `tests` first: this directory is on sys.path
        from seeded_board import add_jobs, templated_job_row  # type: ignore[no-redef]
    await db.execute("INSERT OR IGNORE INTO organizations(id, name, created_at) VALUES ('bench-org', 'Acme', 'now')")
    row = await db.fetch_one("SELECT count(*) FROM jobs")
    have = row[0] if row else 0
    if have < count:
        await asyncio.to_thread(add_jobs, db.path, count - have, "bench-org", None, rng, have, templated_job_row)


async def run(path: Path, count: int, samples: int, seed: int) -> None:
    rng = random.Random(seed)
    db = Database(path)
    await db.open()
    try:
        jobs = SqliteJobRepository(db)
        await fill(db, jobs, count, rng)
        wanted = JobFilter(status=JobStatus.OPEN)
        for _ in range(3):
            await jobs.search(QUERY, wanted, PageRequest(first=20))
        times, warm = [], []
        for _ in range(samples):
            await jobs.add(a_job(rng))
            start = time.perf_counter()
            await jobs.search(QUERY, wanted, PageRequest(first=20))
            times.append(time.perf_counter() - start)
            start = time.perf_counter()
            await jobs.search(QUERY, wanted, PageRequest(first=20))
            warm.append(time.perf_counter() - start)
        p50, p99 = percentiles(times)
        w50, w99 = percentiles(warm)
        print(f"right after a post p50/p99 ms: {p50:.1f} / {p99:.1f}; warm {w50:.1f} / {w99:.1f};"
              f" load average {os.getloadavg()[0]:.1f}; {dict(getattr(jobs, 'rankings', {}))}", flush=True)
    finally:
        await db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=100)
    parser.add_argument("--seed", type=int, default=18)
    args = parser.parse_args()
    asyncio.run(run(args.db, args.jobs, args.samples, args.seed))


if __name__ == "__main__":
    main()

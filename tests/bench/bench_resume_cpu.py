"""bench-mixed's worker-side workload in one process, measured in CPU seconds: 60 jobs are
posted and matched, then one candidate's two-page résumés are uploaded one by one (as over
HTTP, an interval apart) while the queue's workers run, until everything is done: extraction,
parsing, embedding and every matching recomputation the uploads queued.

`time.process_time` counts every thread of this process, so the figure moves little with the
machine's load; the child processes' CPU (the PDF extraction's: the same work in any tree) is printed
beside it and in the total;
compare two trees by running this under each (`PYTHONPATH=<tree>`)."""
from __future__ import annotations

import argparse
import asyncio
import os
import sqlite3
import tempfile
import time
from pathlib import Path


def pending(database: Path) -> int:
    with sqlite3.connect(database, timeout=30) as conn:
        return conn.execute("SELECT count(*) FROM work_items WHERE state IN ('ready', 'leased')").fetchone()[0]


async def until_idle(database: Path) -> None:
    while await asyncio.to_thread(pending, database):  # noqa: ASYNC110
        await asyncio.sleep(0.05)  # the workers announce nothing the bench could wait on


async def run(count: int, interval: float) -> tuple[float, float, float]:
    from domain.users import Role
    from gateway.bootstrap import open_services
    from gateway.config import Settings
    from tests.bench.children_cpu import children_cpu
    from tests.bench.resume_board import post_board, register
    from tests.bench.resume_documents import resume_text, two_page_pdf

    documents = [two_page_pdf(resume_text(seed)) for seed in range(count)]
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), require_verified_email=False, rate_limits="off",
                            jwt_secret="bench-cpu" * 6, max_resumes_per_candidate=count + 10, embed_at_start=True)
        async with open_services(settings) as services:
            pool = services.worker_pool()
            pool.start()
            await post_board(services)
            await until_idle(settings.database_path)
            candidate = await register(services, "candidate@bench.example", Role.CANDIDATE)
            cpu, children, wall = time.process_time(), children_cpu(), time.perf_counter()
            for n, data in enumerate(documents):
                await services.resumes.upload(candidate, f"r{n}.pdf", data)
                await asyncio.sleep(interval)
            await until_idle(settings.database_path)
            result = time.process_time() - cpu, children_cpu() - children, time.perf_counter() - wall
            await pool.stop()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--interval", type=float, default=0.1, help="seconds between uploads")
    args = parser.parse_args()
    cpu, children, wall = asyncio.run(run(args.count, args.interval))
    total = cpu + children
    print(f"{args.count} résumés of one candidate, one every {args.interval}s, 60 jobs: all parsed and matched"
          f" in {wall:.1f}s, worker CPU {cpu:.1f}s + child processes {children:.1f}s ="
          f" {total:.1f}s ({total / args.count * 1000:.0f} ms per résumé);"
          f" load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()

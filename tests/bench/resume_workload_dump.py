"""bench-resume-cpu's workload run one step at a time, then its stored results written out, so
that two trees can be compared (`PYTHONPATH=<tree> python -m tests.bench.resume_workload_dump
out.txt`, then `cmp`): 60 jobs posted and matched, then one candidate's résumés uploaded one by
one, each parsed and its recomputation done before the next (the timed bench's own results move
with the queue's timing, also within one tree). Written: every match row (ids as job titles,
file names and emails; times left out) and every résumé's parsed content, sorted."""
from __future__ import annotations

import argparse
import asyncio
import json
import sqlite3
import tempfile
from pathlib import Path

from tests.bench.bench_resume_cpu import until_idle


def stored(database: Path) -> list[str]:
    with sqlite3.connect(database) as conn:
        conn.row_factory = sqlite3.Row
        names = {r["id"]: f"job:{r['title']}" for r in conn.execute("SELECT id, title FROM jobs")}
        names |= {r["id"]: f"resume:{r['filename']}" for r in conn.execute("SELECT id, filename FROM resumes")}
        names |= {r["id"]: f"user:{r['email']}" for r in conn.execute("SELECT id, email FROM users")}
        matches = sorted(json.dumps({k: names.get(v, v) for k, v in dict(r).items()
                                     if k not in ("id", "seq") and not k.endswith(("_at", "_us"))}, sort_keys=True)
                         for r in conn.execute("SELECT * FROM matches"))
        parsed = sorted(json.dumps([names[r["id"]], r["parsed"]]) for r in conn.execute("SELECT id, parsed FROM resumes"))
    return matches + parsed


async def run(count: int) -> list[str]:
    from domain.users import Role
    from gateway.bootstrap import open_services
    from gateway.config import Settings
    from tests.bench.resume_board import post_board, register
    from tests.bench.resume_documents import resume_text, two_page_pdf

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), require_verified_email=False, rate_limits="off",
                            jwt_secret="bench-dump" * 6, max_resumes_per_candidate=count + 10, embed_at_start=True)
        async with open_services(settings) as services:
            await post_board(services)
            pool = services.worker_pool()
            pool.start()  # after every post: the jobs are embedded in the same passes each time
            await until_idle(settings.database_path)
            candidate = await register(services, "candidate@bench.example", Role.CANDIDATE)
            for n in range(count):
                await services.resumes.upload(candidate, f"r{n}.pdf", two_page_pdf(resume_text(n)))
                await until_idle(settings.database_path)
            await pool.stop()
            return stored(settings.database_path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=20)
    args = parser.parse_args()
    lines = asyncio.run(run(args.count))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} rows written to {args.out}")


if __name__ == "__main__":
    main()

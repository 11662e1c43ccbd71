"""Quick before/after figures for list pages on the embedded backend (not a timed test).

Builds a SQLite file with N open jobs (FTS-indexed through the repository) and one
candidate with M matches, then prints p50/p99 of: text search first 20 (no total),
text search first 20 with its total, filtered search, and a candidate's first 10 matches.

    PYTHONPATH=$PWD python tests/bench/bench_keyset_pages.py --jobs 5000 --matches 3000
"""
from __future__ import annotations

import argparse
import asyncio
import inspect
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from adapters.embedded.sqlite.matches import SqliteMatchRepository
from domain.jobs import EmploymentType, Job, JobFilter, JobStatus, RemotePolicy
from domain.pagination import PageRequest

WORDS = ("python rust go java kotlin data platform backend frontend cloud security mobile web api"
         " distributed systems machine learning analytics payments search infra").split()
TITLES = ["Senior Engineer", "Staff Engineer", "Engineer", "Senior Data Engineer", "Product Designer",
          "Engineering Manager", "Senior Platform Engineer", "Analyst"]


def _page(first: int, want_total: bool) -> PageRequest:
    if "want_total" in inspect.signature(PageRequest).parameters:
        return PageRequest(first=first, want_total=want_total)
    return PageRequest(first=first)  # before: every page counted its total


async def build(path: Path, jobs: int, matches: int) -> None:
    db = Database(path)
    await db.open()
    rng = random.Random(7)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    async with db.transaction() as conn:
        await conn.execute("INSERT INTO organizations(id, name, created_at) VALUES ('org', 'Org', ?)", (now.isoformat(),))
        await conn.execute(
            "INSERT INTO users(id, email, name, role, password_hash, created_at) VALUES"
            " ('cand', 'c@example.com', 'C', 'CANDIDATE', 'x', ?)", (now.isoformat(),))
        await conn.execute(
            "INSERT INTO resumes(id, owner_id, filename, content_type, size_bytes, sha256, status, uploaded_at)"
            " VALUES ('res', 'cand', 'r.txt', 'text/plain', 1, 'sha', 'PARSED', ?)", (now.isoformat(),))
    repo = SqliteJobRepository(db)
    for i in range(jobs):
        words = rng.sample(WORDS, 12)
        job = Job(id=f"job-{i:06d}", organization_id="org", title=rng.choice(TITLES),
                  description=" ".join(words * 4), location="Berlin", remote=RemotePolicy.REMOTE,
                  employment_type=EmploymentType.FULL_TIME, required_skills=words[:3], nice_to_have_skills=[],
                  status=JobStatus.OPEN, posted_at=now + timedelta(seconds=i), updated_at=now + timedelta(seconds=i),
                  posted_by=None)
        await repo.add(job)
    breakdown = '{"skills":0.5,"semantic":0.5,"seniority":0.5,"location":0.5}'
    async with db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO matches(id, candidate_id, job_id, resume_id, score, breakdown, matched_skills,"
            " missing_skills, explanation, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(f"m-{i:06d}", "cand", f"job-{i:06d}", "res", rng.random(), breakdown, "[]", "[]", "x",
              now.isoformat(), now.isoformat()) for i in range(min(matches, jobs))])
    await db.close()


async def measure(path: Path, samples: int) -> None:
    db = Database(path)
    await db.open()
    jobs, matches = SqliteJobRepository(db), SqliteMatchRepository(db)
    open_only = JobFilter(status=JobStatus.OPEN)
    cases = {
        "text search 'senior engineer' first 20": lambda: jobs.search("senior engineer", open_only, _page(20, False)),
        "text search first 20 + totalCount": lambda: jobs.search("senior engineer", open_only, _page(20, True)),
        "filtered search (no words) first 20": lambda: jobs.search(None, open_only, _page(20, False)),
        "me.matches first 10": lambda: matches.by_candidates(["cand"], None, _page(10, False)),
        "me.matches first 10 + totalCount": lambda: matches.by_candidates(["cand"], None, _page(10, True)),
    }
    cases.update(_through_the_service(jobs, open_only))
    try:
        await _time(cases, samples)
    finally:
        await db.close()  # aiosqlite's threads would otherwise keep the process alive


def _through_the_service(jobs, open_only):
    """The same text search as a request runs it (words read, aliases, and on a tree with typo
    tolerance the check for a search that found nothing), and a misspelled one ("senor")."""
    from adapters.embedded.event_bus import InProcessEventBus
    from adapters.reference_data.packaged import packaged_reference_data
    from domain.installed_reference_data import install_reference_data

    install_reference_data(packaged_reference_data())  # the service reads places in the words
    from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
    from domain.clock import SystemClock
    from domain.services.jobs import JobService

    service = JobService(jobs, EmbeddedSkillExtractor(), InProcessEventBus(), SystemClock())
    return {
        "service: text search 'senior engineer' first 20": lambda: service.search(
            "senior engineer", open_only, _page(20, False)),
        "service: text search 'senior engineer' + total": lambda: service.search(
            "senior engineer", open_only, _page(20, True)),
        "service: misspelled 'senor engineer' + total": lambda: service.search(
            "senor engineer", open_only, _page(20, True)),
    }


async def _time(cases, samples: int) -> None:
    for name, run in cases.items():
        await run()
        times = []
        for _ in range(samples):
            start = time.perf_counter()
            await run()
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        print(f"{name:45s} p50 {statistics.median(times):8.2f} ms   p99 {times[int(len(times) * 0.99) - 1]:8.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=5000)
    parser.add_argument("--matches", type=int, default=3000)
    parser.add_argument("--samples", type=int, default=100)
    parser.add_argument("--db", type=Path, default=None, help="reuse (or create) this file")
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite3"
    if not path.exists():
        started = time.perf_counter()
        asyncio.run(build(path, args.jobs, args.matches))
        print(f"built {args.jobs} jobs, {args.matches} matches in {time.perf_counter() - started:.1f} s: {path}")
    asyncio.run(measure(path, args.samples))


if __name__ == "__main__":
    main()

"""Figures for a town typed bare on the embedded backend (not a timed test): a board of N open
jobs, a tenth in Leeds and a twentieth elsewhere whose ad names Leeds, searched as the service
reads "Leeds" and "engineer Leeds" (the place, or its words in the ad). Prints p50/p99 ms of the
first page with its total and of the next page, warm (the repository's kept rankings) and cold
(a new repository per search). Run it from two trees on copies of one board to compare:

    PYTHONPATH=$PWD python tests/bench/bench_place_first.py --build /tmp/board.sqlite3 --jobs 20000
    PYTHONPATH=$PWD python tests/bench/bench_place_first.py --board /tmp/board.sqlite3
"""
from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from domain.jobs import EmploymentType, Job, JobFilter, JobStatus, RemotePolicy
from domain.pagination import PageRequest

WORDS = "python rust java data platform backend cloud security mobile web api payments search infra".split()
TITLES = ["Senior Engineer", "Engineer", "Data Engineer", "Product Designer", "Nurse", "Analyst", "Chef"]
TOWNS = ["York, UK", "Hull, UK", "Bradford, UK", "Sheffield, UK", "Manchester, UK", "Preston, UK"]
BARE = JobFilter(status=JobStatus.OPEN, location="Leeds", location_or_words="Leeds")


async def build(path: Path, jobs: int) -> None:
    db = Database(path)
    await db.open()
    rng = random.Random(7)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    await db.execute("INSERT INTO organizations(id, name, created_at) VALUES ('org', 'Org', ?)", (now.isoformat(),))
    repo = SqliteJobRepository(db)
    for i in range(jobs):
        words = rng.sample(WORDS, 8)
        in_leeds, naming = i % 10 == 0, i % 20 == 5
        description = " ".join(words * 3) + (" Our Leeds office." if naming else "")
        at = now + timedelta(seconds=i)
        await repo.add(Job(id=f"job-{i:06d}", organization_id="org", title=rng.choice(TITLES), description=description,
                           location="Leeds, UK" if in_leeds else rng.choice(TOWNS), remote=RemotePolicy.ONSITE,
                           employment_type=EmploymentType.FULL_TIME, required_skills=words[:3],
                           status=JobStatus.OPEN, posted_at=at, updated_at=at))
    await db.close()


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    return f"{statistics.median(ordered) * 1000:.2f} / {ordered[int(len(ordered) * 0.99) - 1] * 1000:.2f}"


async def measure(board: Path, samples: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "board.sqlite3"
        shutil.copy(board, path)
        db = Database(path)
        await db.open()
        for query in (None, "engineer"):
            warm = SqliteJobRepository(db)
            first = await warm.search(query, BARE, PageRequest(first=20))
            after = PageRequest(first=20, after=first.positions[-1], want_total=False)
            timings: dict[str, list[float]] = {"first+total warm": [], "next warm": [], "first+total cold": []}
            for n in range(samples):
                for name, repo, page in (("first+total warm", warm, PageRequest(first=20)), ("next warm", warm, after),
                                         ("first+total cold", SqliteJobRepository(db) if n % 5 == 0 else None,
                                          PageRequest(first=20))):
                    if repo is None:
                        continue
                    start = time.perf_counter()
                    await repo.search(query, BARE, page)
                    timings[name].append(time.perf_counter() - start)
            print(f"{query or '(place alone)'}: total {first.total}; " + "; ".join(
                f"{name} {_ms(values)}" for name, values in timings.items()), flush=True)
        await db.close()


def main() -> None:
    from adapters.reference_data.packaged import packaged_reference_data
    from domain.installed_reference_data import install_reference_data

    install_reference_data(packaged_reference_data())  # the place filter reads the town tables
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", type=Path)
    parser.add_argument("--jobs", type=int, default=20_000)
    parser.add_argument("--board", type=Path)
    parser.add_argument("--samples", type=int, default=100)
    args = parser.parse_args()
    if args.build:
        asyncio.run(build(args.build, args.jobs))
    if args.board:
        asyncio.run(measure(args.board, args.samples))


if __name__ == "__main__":
    main()

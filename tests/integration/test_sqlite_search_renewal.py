"""Kept rankings renewed after jobs change (head_renewal.py), on boards large enough that the
heads hold only part of the hits: after posts, edits and closes written by this repository,
by another connection, by another process and by a writer racing the searches, every page
is the one a ranking of every hit from scratch gives, and renewals did the work."""
from __future__ import annotations

import asyncio
import contextlib
import sys
import textwrap
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from domain.jobs import Job, JobFilter, JobStatus
from domain.query_aliases import QueryAlias
from tests.integration.test_bm25_renewal_property import from_scratch, pages

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 1, 1, tzinfo=UTC)
OPEN = JobFilter(status=JobStatus.OPEN)
QUERY = "senior engineer"
ROLES = ["platform", "data", "backend", "mobile", "security", "site reliability"]


def a_job(n: int, title: str | None = None) -> Job:
    """Titles and descriptions of varied lengths: ranks spread out, with a few ties."""
    at = NOW + timedelta(seconds=n)
    title = title or f"Senior {ROLES[n % len(ROLES)]} Engineer" + " lead" * (n % 3)
    description = f"Job {n} builds services" + " with care" * (n % 11) + (" as a senior engineer" if n % 4 else "")
    return Job(id=f"job-{n:05d}", organization_id="o1", title=title, description=description,
               posted_at=at, updated_at=at)


async def board(db: Database, count: int) -> SqliteJobRepository:
    await db.execute("INSERT OR IGNORE INTO organizations(id, name, created_at) VALUES ('o1', 'Acme', 'now')")
    jobs = SqliteJobRepository(db, head_size=20, deepest_head=120)
    for n in range(count):
        await jobs.add(a_job(n))
    return jobs


async def change(jobs: SqliteJobRepository, n: int) -> None:
    """A post, an edit that lifts an old job, or a close, in turn."""
    if n % 3 == 0:
        await jobs.add(a_job(1000 + n))
        return
    (job,) = await jobs.get_many([f"job-{(n * 37) % 200:05d}"])
    assert job is not None
    update = ({"title": "Senior Engineer, senior engineer"} if n % 3 == 1 else {"status": JobStatus.CLOSED})
    await jobs.update(job.model_copy(update=update))


async def test_pages_after_changes_in_this_process_equal_a_ranking_from_scratch(db):
    jobs = await board(db, 200)
    await pages(jobs, QUERY, 10, OPEN)
    for n in range(12):
        await change(jobs, n)
        assert await pages(jobs, QUERY, 10, OPEN, scored=True) == await from_scratch(db, QUERY, 10, OPEN, scored=True), n
    # Every renewal from the changed rows alone: 4 after posts, 8 after an edit or a close.
    assert jobs.rankings["renewed_after_posts"] + jobs.rankings["renewed_after_edits"] == 12, jobs.rankings
    assert jobs.rankings["renewed_after_edits"] == 8, jobs.rankings


async def test_pages_of_a_query_with_aliases_after_changes_are_renewed_not_ranked_afresh(db):
    """Words with other names become an FTS5 OR group (`(("data") OR "platform" OR "site
    reliability") AND "engineer"*`): renewed from the changed rows like any other query, bit
    for bit."""
    data = QueryAlias(("data",), (("data",), ("platform",), ("site", "reliability")))
    aliased = OPEN.model_copy(update={"query_aliases": [data]})
    jobs = await board(db, 200)
    await pages(jobs, "data engineer", 10, aliased)
    for n in range(12):
        await change(jobs, n)
        assert (await pages(jobs, "data engineer", 10, aliased, scored=True)
                == await from_scratch(db, "data engineer", 10, aliased, scored=True)), n
    assert jobs.rankings["afresh"] == 1, jobs.rankings
    assert jobs.rankings["renewed_after_posts"] + jobs.rankings["renewed_after_edits"] == 12, jobs.rankings


async def test_a_query_nothing_matched_yet_is_renewed_from_the_changed_rows(db):
    """A kept ranking with no hits (no nursing ads on the board yet) renews from the changed
    rows too, and finds the first hit when one is posted."""
    nurse = QueryAlias(("rn",), (("rn",), ("registered", "nurse")))
    aliased = OPEN.model_copy(update={"query_aliases": [nurse]})
    jobs = await board(db, 200)
    assert await pages(jobs, "rn", 10, aliased) == [[]]
    for n in range(6):
        await change(jobs, n)
        if n == 4:
            await jobs.add(a_job(2000, "Registered Nurse"))
        assert (await pages(jobs, "rn", 10, aliased, scored=True)
                == await from_scratch(db, "rn", 10, aliased, scored=True)), n
    assert jobs.rankings["renewed_after_posts"] + jobs.rankings["renewed_after_edits"] == 6, jobs.rankings
    assert (await pages(jobs, "rn", 10, aliased))[0] == ["job-02000"]


async def test_pages_after_changes_from_another_connection_equal_a_ranking_from_scratch(db):
    jobs = await board(db, 200)
    await pages(jobs, QUERY, 10, OPEN)
    other = Database(db.path)
    await other.open()
    try:
        writer = SqliteJobRepository(other)
        for n in range(12):
            await change(writer, n)
            assert await pages(jobs, QUERY, 10, OPEN, scored=True) == await from_scratch(db, QUERY, 10, OPEN, scored=True), n
    finally:
        await other.close()
    assert jobs.rankings["renewed_after_edits"] == 8, jobs.rankings


async def test_pages_after_changes_from_another_process_equal_a_ranking_from_scratch(db):
    jobs = await board(db, 200)
    await pages(jobs, QUERY, 10, OPEN)
    writer = textwrap.dedent(f"""
        import asyncio
        from pathlib import Path
        from adapters.embedded.sqlite.database import Database
        from adapters.embedded.sqlite.jobs import SqliteJobRepository
        from tests.integration.test_sqlite_search_renewal import change

        async def main():
            db = Database(Path({str(db.path)!r}))
            await db.open()
            for n in range(6):
                await change(SqliteJobRepository(db), n)
            await db.close()

        asyncio.run(main())
    """)
    process = await asyncio.create_subprocess_exec(sys.executable, "-c", writer, cwd=ROOT,
                                                   env={"PYTHONPATH": str(ROOT)})
    assert await process.wait() == 0
    assert await pages(jobs, QUERY, 10, OPEN, scored=True) == await from_scratch(db, QUERY, 10, OPEN, scored=True)
    # Three posts, two edits and a close by another process: renewed from those rows alone.
    assert jobs.rankings["renewed_after_edits"] == 1, jobs.rankings


async def searches_racing(db: Database, jobs: SqliteJobRepository, write: Callable[[SqliteJobRepository, int], Awaitable[None]],
                         writes: int, scored: bool = False, query: str = QUERY,
                         wanted: JobFilter = OPEN) -> tuple[int, list[int]]:
    """`writes` calls of `write` on a writer's own connection while four searches run beside
    it: (how many searches were compared, the generations of those that differed from their
    oracle). A search whose generation did not move from before it started to after its oracle
    was read must equal that oracle."""
    other = Database(db.path)
    await other.open()
    compared, wrong = 0, []
    try:
        writer = SqliteJobRepository(other)
        done = asyncio.Event()
        # Set when a search ran through a moment without writes; every tenth write the writer
        # waits (a bounded while) for one, so a slow machine cannot leave nothing compared.
        compared_one = asyncio.Event()

        async def generation() -> int:
            row = await db.fetch_one("SELECT n FROM job_search_generation")
            assert row is not None
            return row[0]

        async def keep_writing() -> None:
            for n in range(writes):
                await write(writer, n)
                await asyncio.sleep(0.002)
                if n % 10 == 9:
                    compared_one.clear()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(compared_one.wait(), 10)
            done.set()

        async def search() -> None:
            nonlocal compared
            while not done.is_set():
                before = await generation()
                found = await pages(jobs, query, 10, wanted, scored=scored)
                oracle = await from_scratch(db, query, 10, wanted, scored=scored)
                if await generation() == before:
                    compared += 1
                    compared_one.set()
                    if found != oracle:
                        wrong.append(before)

        await asyncio.gather(keep_writing(), *(search() for _ in range(4)))
    finally:
        await other.close()
    return compared, wrong


async def test_searches_racing_a_writer_each_equal_the_ranking_of_their_moment(db):
    """A writer on its own connection posts, edits and closes jobs while four searches run
    beside it (read-your-writes across connections is test_sqlite_search_heads.py's); each
    page is compared with FTS5's ranking of its moment, scores included."""
    jobs = await board(db, 200)
    compared, wrong = await searches_racing(db, jobs, change, 60, scored=True)
    assert wrong == []
    # Renewed from the changed rows alone, edits and closes among them, while the writer writes.
    assert compared > 0 and jobs.rankings["renewed_after_edits"] > 0, (compared, jobs.rankings)


async def test_searches_with_aliases_racing_a_writer_each_equal_the_ranking_of_their_moment(db):
    """The same race for a query with aliases (an OR group with a two-word branch)."""
    engineer = QueryAlias(("senior", "engineer"), (("senior", "engineer"), ("platform",), ("data", "lead")))
    jobs = await board(db, 200)
    compared, wrong = await searches_racing(
        db, jobs, change, 60, scored=True, query="senior engineer",
        wanted=OPEN.model_copy(update={"query_aliases": [engineer]}))
    assert wrong == []
    # Renewed while the writer writes (from the changed rows, or by a pass once a write raced
    # the full ranking's read of the features: its hits are 120 of the 200 rows, so an edit
    # often lands among them), not ranked afresh each time. How many of each depends on how the
    # two connections interleave, which the machine's load decides: only that both happen is held.
    renewals = sum(n for kind, n in jobs.rankings.items() if kind.startswith("renewed"))
    assert compared > 0 and renewals > 0, (compared, jobs.rankings)

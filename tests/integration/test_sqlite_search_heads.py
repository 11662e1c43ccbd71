"""A text search's first pages are served from its kept ranking (ranked_heads.py) only while
the jobs have not changed: a job committed before a search starts is in it, whether this
process, another connection or another process wrote it, also while searches and writes run
at the same time."""
from __future__ import annotations

import asyncio
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from domain.jobs import Job, JobFilter, JobStatus
from domain.pagination import PageRequest
from tests.integration.sqlite_statements import sql_log, traced_db  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]

NOW = datetime(2026, 1, 1, tzinfo=UTC)
OPEN = JobFilter(status=JobStatus.OPEN)


def a_job(n: int, title: str = "Senior Engineer") -> Job:
    at = NOW + timedelta(seconds=n)
    return Job(id=f"job-{n:05d}", organization_id="o1", title=title, description=f"Job {n} builds services.",
               posted_at=at, updated_at=at)


async def jobs_in(db: Database, count: int) -> SqliteJobRepository:
    await db.execute("INSERT OR IGNORE INTO organizations(id, name, created_at) VALUES ('o1', 'Acme', 'now')")
    jobs = SqliteJobRepository(db)
    for n in range(count):
        await jobs.add(a_job(n))
    return jobs


async def found(jobs: SqliteJobRepository, first: int = 100) -> tuple[list[str], int]:
    page = await jobs.search("senior engineer", OPEN, PageRequest(first=first))
    return [job.id for job in page.items], page.total


async def test_a_repeated_search_reads_only_the_page_rows(traced_db, sql_log):
    jobs = await jobs_in(traced_db, 30)
    before = await found(jobs)
    statements = sql_log.record()  # what the database's connections run from now on
    again = await found(jobs)
    assert again == before
    assert len(statements) == 1 and "jobs_fts" not in statements[0]


async def test_a_repeated_search_without_hits_reads_no_job(traced_db, sql_log):
    """A kept head with no hits (a query nothing matches) serves its empty page from the
    generation alone: a join of `jobs` on an empty rowid list scans the whole table (~30 ms
    at 100,000 jobs, on every such search)."""
    jobs = await jobs_in(traced_db, 30)
    assert (await jobs.search("registered nurse", OPEN, PageRequest(first=20))).items == []
    statements = sql_log.record()
    assert (await jobs.search("registered nurse", OPEN, PageRequest(first=20))).items == []
    assert len(statements) == 1
    plan = await traced_db.fetch_all(f"EXPLAIN QUERY PLAN {statements[0]}")
    scanned = [row["detail"].split()[1] for row in plan if row["detail"].startswith("SCAN ")]
    assert "j" not in scanned and "jobs" not in scanned, scanned


async def test_added_updated_and_closed_jobs_show_in_the_next_search(db):
    jobs = await jobs_in(db, 30)
    ids, total = await found(jobs)
    assert total == 30

    # Ranks first: both words in the title twice.
    await jobs.add(a_job(100, "Senior Engineer, Senior Engineer"))
    ids, total = await found(jobs)
    assert ids[0] == "job-00100" and total == 31

    (job,) = await jobs.get_many(["job-00003"])
    await jobs.update(job.model_copy(update={"status": JobStatus.CLOSED, "updated_at": NOW + timedelta(days=1)}))
    ids, total = await found(jobs)
    assert "job-00003" not in ids and total == 30

    (job,) = await jobs.get_many(["job-00004"])
    await jobs.update(job.model_copy(update={"title": "Senior Engineer Senior Engineer Senior Engineer"}))
    ids, _ = await found(jobs)
    assert ids[0] == "job-00004"


async def test_the_next_page_after_a_new_job_follows_todays_order(db):
    jobs = await jobs_in(db, 30)
    first = await jobs.search("senior engineer", OPEN, PageRequest(first=10))
    await jobs.add(a_job(100, "Senior Engineer, Senior Engineer"))
    rest = await jobs.search("senior engineer", OPEN, PageRequest(first=100, after=first.positions[-1]))
    seen = [job.id for job in first.items] + [job.id for job in rest.items]
    assert len(seen) == len(set(seen)) == 30  # the new job ranks before the cursor: not on a later page


async def test_a_job_written_by_another_process_is_found_by_the_next_search(db, tmp_path):
    jobs = await jobs_in(db, 30)
    await found(jobs)
    writer = textwrap.dedent(f"""
        import asyncio
        from pathlib import Path
        from adapters.embedded.sqlite.database import Database
        from adapters.embedded.sqlite.jobs import SqliteJobRepository
        from tests.integration.test_sqlite_search_heads import a_job

        async def main():
            db = Database(Path({str(db.path)!r}))
            await db.open()
            await SqliteJobRepository(db).add(a_job(200, "Senior Engineer, Senior Engineer"))
            await db.close()

        asyncio.run(main())
    """)
    root = ROOT
    process = await asyncio.create_subprocess_exec(sys.executable, "-c", writer, cwd=root,
                                                   env={"PYTHONPATH": str(root)})
    assert await process.wait() == 0
    ids, total = await found(jobs)
    assert ids[0] == "job-00200" and total == 31


async def test_searches_racing_another_writer_never_miss_a_committed_job(db, tmp_path):
    """Two Database objects on one file, as two processes are: the writer's repository adds
    jobs while the reader's searches run beside it; each job is found by every search that
    starts after its commit."""
    await jobs_in(db, 30)
    other = Database(db.path)
    await other.open()
    try:
        writer, reader = SqliteJobRepository(other), SqliteJobRepository(db)
        committed: set[str] = set()
        stale: list[tuple[str, ...]] = []
        done = asyncio.Event()

        async def write() -> None:
            for n in range(1000, 1040):
                await writer.add(a_job(n))
                committed.add(f"job-{n:05d}")
                await asyncio.sleep(0)
            done.set()

        async def search() -> None:
            while not done.is_set():
                must = set(committed)
                ids, _ = await found(reader, first=100)
                missing = must - set(ids)
                if missing:
                    stale.append(tuple(sorted(missing)))

        await asyncio.gather(write(), *(search() for _ in range(4)))
        ids, total = await found(reader)
        assert stale == [] and total == 70 and committed <= set(ids)
    finally:
        await other.close()


async def test_paging_past_the_kept_head_continues_in_sql_without_a_gap_or_a_repeat(db):
    jobs = await jobs_in(db, 0)
    for n in range(260):
        # Varied lengths, so the ranking is not just the posting order.
        await jobs.add(a_job(n, "Senior Engineer" + " and platform" * (n % 7)))
    seen, after = [], None
    while True:
        page = await jobs.search("senior engineer", OPEN, PageRequest(first=30, after=after))
        seen += [job.id for job in page.items]
        if not page.has_next:
            break
        after = page.positions[-1]
    everything = await jobs.search("senior engineer", OPEN, PageRequest(first=100))
    assert len(seen) == len(set(seen)) == 260
    assert seen[:100] == [job.id for job in everything.items]


async def test_searches_starting_together_after_a_change_share_one_ranking(traced_db, sql_log):
    jobs = await jobs_in(traced_db, 30)
    await found(jobs)
    await jobs.add(a_job(100, "Senior Engineer, Senior Engineer"))
    statements = sql_log.record()
    answers = await asyncio.gather(*(found(jobs) for _ in range(8)))
    assert all(ids[0] == "job-00100" and total == 31 for ids, total in answers)
    # One renewal (from the posted row alone, or by a pass of the index) or ranking, shared.
    assert sum("jobs_fts MATCH" in s or "FROM job_search_changes WHERE" in s for s in statements) == 1

"""A renewal that re-scores one row per group of rows that score alike (tie_groups.py) reads
the changes first, then scores: a write committed between the two reads (here by another
connection, on the real file, right after the first read returns) must neither be missed nor
cost a ranking afresh: the renewal is retried and its pages equal a ranking from scratch."""
from __future__ import annotations

from pathlib import Path

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from tests.integration.test_bm25_renewal_property import from_scratch, pages
from tests.integration.test_sqlite_search_renewal import OPEN, QUERY, a_job, change


class WriteAfterTheChangesAreRead(Database):
    """A real database whose reads of the change log are followed, `times` times, by a change
    committed on another connection before the caller goes on."""

    def __init__(self, path: Path, writer: SqliteJobRepository, times: int) -> None:
        super().__init__(path)
        self.writer, self.times, self.written = writer, times, 0

    async def fetch_all(self, sql, params=()):
        rows = await super().fetch_all(sql, params)
        if "LEFT JOIN job_search_changes c" in sql and self.written < self.times:
            await change(self.writer, 100 + self.written)
            self.written += 1
        return rows


async def edited_as_before_the_kept_text(db: Database, jobs: SqliteJobRepository, n: int) -> None:
    """An edit whose former text is not kept (as if logged before the log kept texts): the
    changed rows alone cannot renew the ranking (renewal_after_posts.py), a pass renewal does."""
    await change(jobs, n)
    await db.execute("DELETE FROM job_search_prior_text")


async def searched_after_racing_writes(tmp_path: Path, times: int) -> tuple[SqliteJobRepository, Database]:
    path = tmp_path / "raced.sqlite3"
    other = Database(path)
    await other.open()
    db = WriteAfterTheChangesAreRead(path, SqliteJobRepository(other), times=0)
    await db.open()
    await db.execute("INSERT OR IGNORE INTO organizations(id, name, created_at) VALUES ('o1', 'Acme', 'now')")
    jobs = SqliteJobRepository(db, head_size=20, deepest_head=120)
    for n in range(200):
        await jobs.add(a_job(n))
    await pages(jobs, QUERY, 10, OPEN)
    await edited_as_before_the_kept_text(db, jobs, 1)
    await pages(jobs, QUERY, 10, OPEN)
    assert jobs.rankings["renewed_grouped"] == 1, "the board must give rows that score alike"
    await edited_as_before_the_kept_text(db, jobs, 4)
    db.times = times
    before = jobs.rankings["renewed"] + jobs.rankings["renewed_short"]
    found = await pages(jobs, QUERY, 10, OPEN)
    assert db.written == times
    # Renewed, not ranked afresh (a page the renewal could not prove may still be ranked afresh).
    assert jobs.rankings["renewed"] + jobs.rankings["renewed_short"] == before + 1, jobs.rankings
    assert found == await from_scratch(db, QUERY, 10, OPEN)
    await other.close()
    return jobs, db


async def test_a_write_between_the_reads_is_seen_and_the_renewal_retried(tmp_path):
    _, db = await searched_after_racing_writes(tmp_path, times=1)
    await db.close()


async def test_writes_racing_both_tries_end_in_a_renewal_without_groups(tmp_path):
    """The third try re-scores every kept row in one read: no change log read before it."""
    _, db = await searched_after_racing_writes(tmp_path, times=2)
    await db.close()

"""Jobs in SQLite, with an FTS5 (BM25) index kept in step inside the same transaction.
Rows and their columns are in job_rows.py, text search best first in ranked_job_search.py."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.head_renewal import DEEPEST_HEAD, HEAD_RESERVE
from adapters.embedded.sqlite.job_rows import columns, exact_columns, job_of_row, period, typed
from adapters.embedded.sqlite.job_search_sql import LAST_CLOSING_PASSED, filter_clauses, fts_query, not_past_closing
from adapters.embedded.sqlite.paging import SortKey, page_of_rows, pages_by_parent
from adapters.embedded.sqlite.ranked_heads import HEAD_SIZE
from adapters.embedded.sqlite.ranked_job_search import RankedJobSearch
from adapters.embedded.sqlite.rows import in_key_order, one_row, placeholders, to_text
from adapters.embedded.sqlite.search_vocabulary import IndexVocabulary
from adapters.embedded.sqlite.whole_transactions import Statements
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from domain.clock import Clock
from domain.errors import no_longer_a_member_to_change_job, no_longer_a_member_to_post
from domain.job_post_keys import EarlierPost, PostKey
from domain.job_skill_keys import skill_keys
from domain.jobs import Job, JobFilter, JobStatus
from domain.pagination import Page, PageRequest
from domain.place_first import place_first_lists, place_first_page
from domain.ports.queue import PendingWork
from domain.search_text import SearchTerm, searchable_text

# Newest first; the id breaks ties. Each order has an index with the same columns and directions.
_NEWEST = SortKey((("posted_at", True), ("id", True)), (str, str))
_NEWEST_J = SortKey((("j.posted_at", True), ("j.id", True)), (str, str))
# The stored row (not the one written) is OPEN and not past its closing time at the write's now.
_STILL_OPEN = " AND status=? AND (closes_at IS NULL OR closes_at > ?)"


class SqliteJobRepository:
    def __init__(
        self, db: Database, queue: SqliteWorkQueue | None = None, head_size: int = HEAD_SIZE,
        deepest_head: int = DEEPEST_HEAD, reserve: int = HEAD_RESERVE,
    ) -> None:
        self._db = db
        self._queue = queue or SqliteWorkQueue(db)
        self._ranked = RankedJobSearch(db, head_size, deepest_head, reserve)
        self._vocabulary = IndexVocabulary(db)

    @property
    def rankings(self) -> Counter[str]:
        """How text pages were found (see RankedJobSearch.rankings)."""
        return self._ranked.rankings

    async def add(
        self, job: Job, work: Sequence[PendingWork] = (), *, key: PostKey | None = None,
        member_of: str | None = None,
    ) -> EarlierPost | None:
        # Whole on the writing thread (whole_transactions.py): one trip from the event loop
        # instead of one per statement, each of which waits for a core while a worker process
        # takes both, and SQLite's lock held for the statements alone.
        async def body(conn: Statements) -> EarlierPost | None:
            if member_of is not None and await (await conn.execute(
                    "SELECT 1 FROM users WHERE id = ? AND organization_id = ?",
                    (job.posted_by, member_of))).fetchone() is None:
                raise no_longer_a_member_to_post()  # before anything is written: nothing to undo
            if key is not None:
                # In the same transaction as the insert, which the unique index backs.
                row = await (await conn.execute(
                    "SELECT id, post_fingerprint FROM jobs WHERE posted_by = ? AND post_key = ?",
                    (key.poster_id, key.key))).fetchone()
                if row is not None:
                    return EarlierPost(job_id=row[0], fingerprint=row[1])
            await conn.execute(
                "INSERT INTO jobs(id, organization_id, title, description, location, remote, employment_type,"
                " seniority, salary_min, salary_max, salary_currency, required_skills, nice_to_have_skills,"
                " status, posted_at, updated_at, posted_by, takedown_reason, salary_period, notify_min_score,"
                " typed_skills, closed_at, salary_min_exact, salary_max_exact, salary_yearly_top_exact, closes_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (job.id, job.organization_id, *columns(job)[:-1], to_text(job.posted_at),
                 to_text(job.updated_at), job.posted_by, job.takedown_reason, period(job), job.notify_min_score,
                 typed(job), to_text(job.closed_at), *exact_columns(job), to_text(job.closes_at)),
            )
            if key is not None:
                await conn.execute("UPDATE jobs SET post_key = ?, post_fingerprint = ? WHERE id = ?",
                                   (key.key, key.fingerprint, job.id))
            await self._index(conn, job)
            for item in work:
                await self._queue.enqueue_in(conn, item)
            return None
        return await self._db.write_whole(body)

    async def update(
        self, job: Job, work: Sequence[PendingWork] = (), *, expected_updated_at: datetime | None = None,
        open_as_of: Clock | None = None, member: str | None = None,
    ) -> bool:
        unchanged, expected = ("", ()) if expected_updated_at is None else (" AND updated_at=?", (to_text(expected_updated_at),))

        async def body(conn: Statements) -> bool:
            if member is not None and await (await conn.execute(
                    "SELECT 1 FROM users WHERE id = ? AND organization_id = ?",
                    (member, job.organization_id))).fetchone() is None:
                raise no_longer_a_member_to_change_job()  # before anything is written: nothing to undo
            still_open: tuple[str, ...] = ()
            if open_as_of is not None:
                # Read holding the write lock: the time this write is made, however long it
                # waited for the lock. Stored moments are fixed-width UTC text (rows.to_text),
                # so text order is time order.
                still_open = (JobStatus.OPEN.value, to_text(open_as_of.now()) or "")
            cursor = await conn.execute(
                "UPDATE jobs SET title=?, description=?, location=?, remote=?, employment_type=?, seniority=?,"
                " salary_min=?, salary_max=?, salary_currency=?, required_skills=?, nice_to_have_skills=?,"
                " status=?, updated_at=?, takedown_reason=?, salary_period=?, notify_min_score=?, typed_skills=?,"
                " closed_at=?, salary_min_exact=?, salary_max_exact=?, salary_yearly_top_exact=?, closes_at=?"
                f" WHERE id=?{unchanged}{_STILL_OPEN if still_open else ''}",
                (*columns(job), job.takedown_reason, period(job), job.notify_min_score, typed(job),
                 to_text(job.closed_at), *exact_columns(job), to_text(job.closes_at), job.id, *expected,
                 *still_open),
            )
            if cursor.rowcount == 0:
                return False
            await self._index(conn, job)
            for item in work:
                await self._queue.enqueue_in(conn, item)
            return True
        return await self._db.write_whole(body)

    @staticmethod
    async def _index(conn: Statements, job: Job) -> None:
        row = one_row(await (await conn.execute("SELECT rowid FROM jobs WHERE id = ?", (job.id,))).fetchone())
        rowid = row[0]
        await conn.execute("DELETE FROM jobs_fts WHERE rowid = ?", (rowid,))
        skills = " ".join(job.required_skills + job.nice_to_have_skills)
        await conn.execute(
            "INSERT INTO jobs_fts(rowid, title, description, skills) VALUES (?,?,?,?)",
            (rowid, *map(searchable_text, (job.title, job.description, skills))),
        )
        await conn.execute("DELETE FROM job_skills WHERE job_id = ?", (job.id,))
        await conn.executemany(
            "INSERT OR IGNORE INTO job_skills(job_id, skill) VALUES (?, ?)",
            [(job.id, key) for key in skill_keys(job.required_skills)],
        )

    async def get_many(self, ids: Sequence[str]) -> list[Job | None]:
        if not ids:
            return []
        unique = list(set(ids))
        rows = await self._db.fetch_all(f"SELECT * FROM jobs WHERE id IN ({placeholders(len(unique))})", unique)
        return in_key_order(ids, {row["id"]: job_of_row(row) for row in rows})

    async def due_to_close(self, now: datetime, limit: int) -> list[Job]:
        rows = await self._db.fetch_all(
            # Named: the planner would otherwise take jobs_by_status and sort every open job.
            "SELECT * FROM jobs INDEXED BY jobs_due_to_close"
            " WHERE status = 'OPEN' AND closes_at IS NOT NULL AND closes_at <= ?"
            " ORDER BY closes_at, id LIMIT ?", (to_text(now), limit))
        return [job_of_row(row) for row in rows]

    async def by_organizations(
        self, organization_ids: Sequence[str], status: JobStatus | None, page: PageRequest
    ) -> list[Page[Job]]:
        where, params = ("t.status = ?", [status.value]) if status is not None else ("", [])
        return await pages_by_parent(
            self._db, table="jobs", parent_column="organization_id", parent_ids=organization_ids,
            key=_NEWEST, page=page, convert=job_of_row, where=where, params=params,
        )

    async def spelling_corrections(self, terms: Sequence[SearchTerm]) -> dict[str, str]:
        return await self._vocabulary.spelling_corrections(terms)

    async def search(self, query: str | None, job_filter: JobFilter, page: PageRequest) -> Page[Job]:
        lists = place_first_lists(job_filter)
        if lists is not None:  # the jobs in the place, then those only naming it
            return await place_first_page(lambda each, request: self.search(query, each, request), lists, page)
        where, params = filter_clauses(job_filter)
        if job_filter.open_as_of is not None:
            row = await self._db.fetch_one(LAST_CLOSING_PASSED, (to_text(job_filter.open_as_of),))
            if row is not None and row[0] is not None:
                clause, clause_params = not_past_closing(row[0])
                where.append(clause)
                params.extend(clause_params)
        match = fts_query(query, job_filter.query_aliases or ()) if query else None
        if query and match is None:
            return Page([])
        if match:
            return await self._ranked.page(match, where, params, page)
        # Filtered on job_search_keys (~80-byte rows, under the alias `j`) newest first; only
        # the page's rows are read from jobs.
        return await page_of_rows(
            self._db, select="SELECT jobs.* FROM job_search_keys j CROSS JOIN jobs ON jobs.rowid = j.job_rowid",
            where=" AND ".join(where) or "1=1", params=params, key=_NEWEST_J, page=page, convert=job_of_row,
            count_from="SELECT 1 FROM job_search_keys j",
        )

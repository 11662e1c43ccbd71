"""Jobs in SQLite, with an FTS5 (BM25) index kept in step inside the same transaction."""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from adapters.embedded.sqlite.bm25_bound import corpus_stats
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.fts_query_shape import query_shape
from adapters.embedded.sqlite.head_renewal import (
    AVERAGES,
    DEEPEST_HEAD,
    FTS_COLUMNS,
    HEAD_RESERVE,
    kept_through_ties,
    renew,
)
from adapters.embedded.sqlite.job_search_sql import filter_clauses, fts_query
from adapters.embedded.sqlite.paging import SortKey, bounded_count, page_of_rows, pages_by_parent
from adapters.embedded.sqlite.ranked_heads import HEAD_SIZE, KeptTotal, RankedHead, RankedHeads, RankingBasis
from adapters.embedded.sqlite.renewal_after_posts import TOP_ROWID, groups_and_features, renew_after_posts
from adapters.embedded.sqlite.row_features import Probe
from adapters.embedded.sqlite.rows import in_key_order, one_row, placeholders, to_json, to_moment, to_text
from adapters.embedded.sqlite.whole_transactions import Statements
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from domain.job_post_keys import EarlierPost, PostKey
from domain.job_skills import skill_keys
from domain.jobs import EmploymentType, Job, JobFilter, JobStatus, RemotePolicy, SalaryPeriod, SalaryRange, Seniority
from domain.money import in_smallest_units, whole_above, whole_below
from domain.pagination import TOTAL_COUNT_BOUND, Page, PageRequest, Position, cut_page
from domain.ports.queue import PendingWork
from domain.search_text import searchable_text

# Title matches weigh most, then skills, then the description.
_WEIGHTS = (10.0, 1.0, 4.0)
_BM25 = f"bm25(jobs_fts, {', '.join(map(str, _WEIGHTS))})"
# Newest first; the id breaks ties. Each order has an index with the same columns and directions.
_NEWEST = SortKey((("posted_at", True), ("id", True)), (str, str))
_NEWEST_J = SortKey((("j.posted_at", True), ("j.id", True)), (str, str))
# Best first (BM25 is lower for better matches), then newest. Not called `rank`: FTS5
# tables have a hidden column of that name, which a WHERE clause would read instead.
_RANKED = SortKey((("relevance", False), ("posted_at", True), ("id", True)), (float, str, str))
_HITS = "jobs_fts CROSS JOIN job_search_keys j ON j.job_rowid = jobs_fts.rowid"


def _period(job: Job) -> str | None:
    return job.salary.period.value if job.salary else None


def _typed(job: Job) -> str | None:
    return None if job.typed_skills is None else to_json(job.typed_skills)


def _exact(text: str | None, whole: int | None) -> Decimal | None:
    return Decimal(text) if text is not None else (None if whole is None else Decimal(whole))


def _exact_columns(job: Job) -> tuple[str | None, str | None, int | None]:
    """The exact amounts as decimal text, and the yearly top in 1/10,000 units (the filter's key)."""
    salary = job.salary
    if salary is None:
        return None, None, None
    top = salary.yearly_top()
    return (None if salary.min is None else str(salary.min), None if salary.max is None else str(salary.max),
            None if top is None else in_smallest_units(top))


def _job(row: sqlite3.Row) -> Job:
    salary = None
    if row["salary_currency"] is not None:
        # The exact amounts (migration 51); rows written before hold whole amounts only.
        salary = SalaryRange(min=_exact(row["salary_min_exact"], row["salary_min"]),
                             max=_exact(row["salary_max_exact"], row["salary_max"]), currency=row["salary_currency"],
                             period=SalaryPeriod(row["salary_period"] or SalaryPeriod.YEAR.value))
    return Job(
        id=row["id"],
        organization_id=row["organization_id"],
        title=row["title"],
        description=row["description"],
        location=row["location"],
        remote=RemotePolicy(row["remote"]),
        employment_type=EmploymentType(row["employment_type"]),
        seniority=Seniority(row["seniority"]) if row["seniority"] else None,
        salary=salary,
        required_skills=json.loads(row["required_skills"]),
        nice_to_have_skills=json.loads(row["nice_to_have_skills"]),
        status=JobStatus(row["status"]),
        posted_at=to_moment(row["posted_at"]),
        updated_at=to_moment(row["updated_at"]),
        posted_by=row["posted_by"],
        takedown_reason=row["takedown_reason"],
        notify_min_score=row["notify_min_score"],
        typed_skills=None if row["typed_skills"] is None else json.loads(row["typed_skills"]),
        closed_at=to_moment(row["closed_at"]) if row["closed_at"] is not None else None,
    )


class SqliteJobRepository:
    def __init__(
        self, db: Database, queue: SqliteWorkQueue | None = None, head_size: int = HEAD_SIZE,
        deepest_head: int = DEEPEST_HEAD, reserve: int = HEAD_RESERVE,
    ) -> None:
        self._db = db
        self._queue = queue or SqliteWorkQueue(db)
        self._heads = RankedHeads()
        self._head_size = head_size
        self._deepest_head = deepest_head
        self._reserve = reserve
        # How text pages were found: "afresh" (every hit ranked), "renewed" (a kept ranking
        # re-scored after changes; "renewed_short" when too little of it was proven exact to
        # serve from; "renewed_after_posts" / "_after_edits" from the changed rows alone),
        # "in_sql" (a page ranked on its own).
        self.rankings: Counter[str] = Counter()
        self._probe_of_index: Probe | None = None

    async def add(
        self, job: Job, work: Sequence[PendingWork] = (), *, key: PostKey | None = None
    ) -> EarlierPost | None:
        # Whole on the writing thread (whole_transactions.py): one trip from the event loop
        # instead of one per statement, each of which waits for a core while a worker process
        # takes both, and SQLite's lock held for the statements alone.
        async def body(conn: Statements) -> EarlierPost | None:
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
                " typed_skills, closed_at, salary_min_exact, salary_max_exact, salary_yearly_top_exact)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (job.id, job.organization_id, *self._columns(job)[:-1], to_text(job.posted_at),
                 to_text(job.updated_at), job.posted_by, job.takedown_reason, _period(job), job.notify_min_score,
                 _typed(job), to_text(job.closed_at), *_exact_columns(job)),
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
        self, job: Job, work: Sequence[PendingWork] = (), *, expected_updated_at: datetime | None = None
    ) -> bool:
        unchanged, expected = ("", ()) if expected_updated_at is None else (" AND updated_at=?", (to_text(expected_updated_at),))

        async def body(conn: Statements) -> bool:
            cursor = await conn.execute(
                "UPDATE jobs SET title=?, description=?, location=?, remote=?, employment_type=?, seniority=?,"
                " salary_min=?, salary_max=?, salary_currency=?, required_skills=?, nice_to_have_skills=?,"
                " status=?, updated_at=?, takedown_reason=?, salary_period=?, notify_min_score=?, typed_skills=?,"
                " closed_at=?, salary_min_exact=?, salary_max_exact=?, salary_yearly_top_exact=?"
                f" WHERE id=?{unchanged}",
                (*self._columns(job), job.takedown_reason, _period(job), job.notify_min_score, _typed(job),
                 to_text(job.closed_at), *_exact_columns(job), job.id, *expected),
            )
            if cursor.rowcount == 0:
                return False
            await self._index(conn, job)
            for item in work:
                await self._queue.enqueue_in(conn, item)
            return True
        return await self._db.write_whole(body)

    @staticmethod
    def _columns(job: Job) -> tuple:
        salary = job.salary
        return (
            job.title, job.description, job.location, job.remote.value, job.employment_type.value,
            job.seniority.value if job.seniority else None,
            # The whole-unit views (min down, max up): the range they make holds the exact one.
            whole_below(salary.min) if salary else None, whole_above(salary.max) if salary else None,
            salary.currency if salary else None,
            to_json(job.required_skills), to_json(job.nice_to_have_skills), job.status.value,
            to_text(job.updated_at),
        )

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
        return in_key_order(ids, {row["id"]: _job(row) for row in rows})

    async def by_organizations(
        self, organization_ids: Sequence[str], status: JobStatus | None, page: PageRequest
    ) -> list[Page[Job]]:
        where, params = ("t.status = ?", [status.value]) if status is not None else ("", [])
        return await pages_by_parent(
            self._db, table="jobs", parent_column="organization_id", parent_ids=organization_ids,
            key=_NEWEST, page=page, convert=_job, where=where, params=params,
        )

    async def search(self, query: str | None, job_filter: JobFilter, page: PageRequest) -> Page[Job]:
        where, params = filter_clauses(job_filter)
        match = fts_query(query, job_filter.query_aliases or ()) if query else None
        if query and match is None:
            return Page([])
        if match:
            return await self._ranked(match, where, params, page)
        # Filtered on job_search_keys (~80-byte rows, under the alias `j`) newest first; only
        # the page's rows are read from jobs.
        return await page_of_rows(
            self._db, select="SELECT jobs.* FROM job_search_keys j CROSS JOIN jobs ON jobs.rowid = j.job_rowid",
            where=" AND ".join(where) or "1=1", params=params, key=_NEWEST_J, page=page, convert=_job,
            count_from="SELECT 1 FROM job_search_keys j",
        )

    async def _ranked(self, match: str, where: list[str], params: list[Any], page: PageRequest) -> Page[Job]:
        """Best first. The first pages come from the query's kept head (ranked_heads.py) when
        it is of the jobs' current generation, else from that head renewed after the jobs that
        changed (head_renewal.py) or ranked afresh; deeper pages, and a head that went stale
        while being read again and again, are ranked in SQL."""
        after = page.after_as(*_RANKED.types)
        key = (match, tuple(where), tuple(params))
        ticket = self._heads.ticket()
        head = self._heads.head(key)
        for _ in range(4):
            if head is None:
                head = await self._heads.rank_once(key, ticket, lambda: self._renew_or_rank(key, match, where, params))
            cut = await self._page_from_head(head, after, page.first)
            if cut is None:
                if not head.cut_short:
                    break  # beyond the head
                # The renewal proved too short a prefix for this page: rank every hit.
                head = await self._heads.rank_once(
                    (key, "afresh"), ticket, lambda: self._rank_head(key, match, where, params))
                continue
            rows, generation = cut
            if generation != head.generation:
                head = None  # the jobs changed since this head was ranked
                continue
            total, estimate = 0, False
            if page.want_total:
                total, estimate = await self._total(key, match, where, params, head)
            return cut_page(rows, page.first, lambda r: _job(r[0]), lambda r: r[1][:3], total, estimate)
        self.rankings["in_sql"] += 1
        return await self._ranked_in_sql(match, where, params, page, after)

    async def _renew_or_rank(self, key: tuple, match: str, where: list[str], params: list[Any]) -> RankedHead:
        kept = self._heads.head(key)
        if kept is not None:
            from_rows = await renew_after_posts(self._db, kept, match, where, params, probe=await self._probe(),
                                                size=self._head_size)
            if from_rows is not None:
                from_changed, edited = from_rows
                self.rankings["renewed_after_edits" if edited else "renewed_after_posts"] += 1
                self._heads.keep_head(key, from_changed)
                return from_changed
            head = await renew(self._db, kept, match, where, params, bm25=_BM25, size=self._head_size)
            if head is not None:
                self.rankings["renewed_short" if head.cut_short else "renewed"] += 1
                if kept.basis is not None and kept.basis.groups:
                    self.rankings["renewed_grouped"] += 1
                self._heads.keep_head(key, head)
                return head
        return await self._rank_head(key, match, where, params)

    async def _probe(self) -> Probe:
        """A probe defined as the index is (read once: the same columns and tokenizer)."""
        if self._probe_of_index is None:
            row = one_row(await self._db.fetch_one("SELECT sql FROM sqlite_master WHERE name = 'jobs_fts'"))
            self._probe_of_index = Probe(row[0], "jobs_fts", _WEIGHTS)
        return self._probe_of_index

    async def _rank_head(self, key: tuple, match: str, where: list[str], params: list[Any]) -> RankedHead:
        """The first hits and the generation they were ranked at, in one statement (so one
        snapshot of the file), with what renewing them needs: the index's statistics, how
        many rows hold each phrase of the query, and every hit tied with the last one kept
        (kept_through_ties)."""
        self.rankings["afresh"] += 1
        deepest = max(self._deepest_head, self._head_size)
        conditions = " AND ".join(["jobs_fts MATCH ?", *where])
        shape = query_shape(match)
        each_phrase = list(shape.phrases) if shape is not None else []
        counts = "".join(f", (SELECT count(*) FROM jobs_fts WHERE jobs_fts MATCH ?) AS phrase{i}"
                         for i in range(len(each_phrase)))
        rows = await self._db.fetch_all(
            f"SELECT g.n AS generation, {AVERAGES} AS averages, {TOP_ROWID} AS top_rowid{counts}, p.* FROM job_search_generation g LEFT JOIN"
            f" (SELECT {_BM25} AS relevance, j.posted_at, j.id, jobs_fts.rowid AS hit"
            f" FROM {_HITS} WHERE {conditions} ORDER BY {_RANKED.order_by()} LIMIT ?) p"
            f" ORDER BY {_RANKED.order_by('p.')}",
            [*each_phrase, match, *params, deepest + 1],
        )
        first = rows[0]
        hits = tuple((r["relevance"], r["posted_at"], r["id"], r["hit"]) for r in rows if r["id"] is not None)
        # Held past the pages served: after a change the proof of the prefix needs a margin
        # below it (on a board of varied ads the scores near the 200th hit lie within 1e-4 of
        # each other), or each renewal would count the phrases' rows and still prove too little.
        held = min(max(self._head_size, self._reserve), deepest)
        kept = kept_through_ties(hits, held, every_hit=len(hits) <= deepest)
        if kept < len(hits) and hits[kept][0] == hits[kept - 1][0]:
            # The reserve ends in ties reaching past what was fetched: held as deep as the pages.
            kept = kept_through_ties(hits, self._head_size, every_hit=len(hits) <= deepest)
        complete = kept == len(hits)
        stats = corpus_stats(first["averages"], FTS_COLUMNS)
        basis = None
        if shape is not None and stats is not None and (complete or hits[kept][0] > hits[kept - 1][0]):
            phrase_rows = tuple(first[f"phrase{i}"] for i in range(len(each_phrase)))
            groups, features = await groups_and_features(
                self._db, hits[:kept], shape, first["generation"], stats, phrase_rows, bm25=_BM25)
            basis = RankingBasis(first["generation"], stats, phrase_rows, None if complete else -hits[kept][0],
                                 hits[:kept], groups, features, first["top_rowid"] or 0)
        head = RankedHead(first["generation"], hits[:kept], complete, basis)
        self._heads.keep_head(key, head)
        return head

    async def _page_from_head(
        self, head: RankedHead, after: Position | None, first: int
    ) -> tuple[list[tuple[sqlite3.Row, tuple]], int] | None:
        """The page's rows with their hits, and the generation read with them; None when the
        page reaches past what the head holds."""
        start = 0
        if after is not None:
            place = head.index_of(str(after[2]))
            if place is not None:
                start = place + 1  # re-ranked: its place in today's order
            elif head.complete:
                # No longer a hit: the rank the cursor carries is used as it is.
                start = next((i for i, hit in enumerate(head.hits) if _RANKED.compare(hit[:3], after) > 0),
                             len(head.hits))
            else:
                return None
        wanted = head.hits[start:start + first + 1]
        if len(wanted) < first + 1 and not head.complete:
            return None
        if not wanted:
            # Joined on an empty rowid list, `jobs` would be scanned whole (~30 ms at 100,000).
            return [], one_row(await self._db.fetch_one("SELECT n FROM job_search_generation"))[0]
        rows = await self._db.fetch_all(
            "SELECT g.n AS search_generation, j.* FROM job_search_generation g"
            f" LEFT JOIN jobs j ON j.rowid IN ({placeholders(len(wanted))})",
            [hit[3] for hit in wanted],
        )
        by_id = {row["id"]: row for row in rows if row["id"] is not None}
        if len(by_id) != len(wanted):
            return [], -1  # a job of the head is gone: the generation moved
        return [(by_id[hit[2]], hit) for hit in wanted], rows[0]["search_generation"]

    async def _total(
        self, key: tuple, match: str, where: list[str], params: list[Any], head: RankedHead
    ) -> tuple[int, bool]:
        if head.complete:
            return len(head.hits), False
        kept = self._heads.total(key, head.generation)
        if kept is None:
            conditions = " AND ".join(["jobs_fts MATCH ?", *where])
            row = await self._db.fetch_one(
                f"SELECT count(*) AS found, (SELECT n FROM job_search_generation) AS generation"
                f" FROM (SELECT 1 FROM {_HITS} WHERE {conditions} LIMIT {TOTAL_COUNT_BOUND + 1})",
                [match, *params],
            )
            assert row is not None  # an aggregate always yields its one row
            found = row["found"]
            kept = KeptTotal(row["generation"], min(found, TOTAL_COUNT_BOUND), found > TOTAL_COUNT_BOUND)
            self._heads.keep_total(key, kept)
        return kept.total, kept.estimate

    async def _ranked_in_sql(
        self, match: str, where: list[str], params: list[Any], page: PageRequest, after: Position | None
    ) -> Page[Job]:
        """Ranked and cut inside the index: FTS5 yields the hits, the filters and
        the keyset apply in the same statement, and a LIMITed sort keeps only one page.
        Hits are filtered on job_search_keys (the jobs' columns without their text, under
        the same alias `j`), and only the page's rows are read from jobs. CROSS JOIN keeps
        the index as the outer loop (the other order runs the full-text query per job)."""
        if after is not None:
            after = await self._current_rank(match, after)
        conditions = " AND ".join(["jobs_fts MATCH ?", *where])
        after_sql, after_params = _RANKED.after(after)
        rows = await self._db.fetch_all(
            f"SELECT j.*, p.relevance FROM (SELECT jobs_fts.rowid AS hit, {_BM25} AS relevance, j.posted_at, j.id"
            f" FROM {_HITS} WHERE {conditions}{after_sql}"
            f" ORDER BY {_RANKED.order_by()} LIMIT ?) p CROSS JOIN jobs j ON j.rowid = p.hit"
            f" ORDER BY {_RANKED.order_by('p.')}",
            [match, *params, *after_params, page.first + 1],
        )
        total, estimate = 0, False
        if page.want_total:
            total, estimate = await bounded_count(
                self._db, f"SELECT 1 FROM {_HITS}",
                conditions, [match, *params],
            )
        return cut_page(rows, page.first, _job, _RANKED.position, total, estimate)

    async def _current_rank(self, match: str, after: Position) -> Position:
        """BM25 scores move as jobs are added or removed (term rarity, average length). The
        cursor's job is re-ranked now, so the next page starts right after it in today's
        order; if it no longer matches, the rank the cursor carries is used as it is."""
        _, posted_at, job_id = after
        row = await self._db.fetch_one(
            f"SELECT {_BM25} FROM jobs_fts WHERE jobs_fts MATCH ?"
            " AND jobs_fts.rowid = (SELECT rowid FROM jobs WHERE id = ?)",
            [match, job_id],
        )
        return (row[0], posted_at, job_id) if row is not None else after

"""Text search over jobs in SQLite, best first (FTS5 BM25): the first pages from a kept,
renewed ranking (ranked_heads.py, head_renewal.py), deeper ones ranked inside the index."""
from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Any

from adapters.embedded.sqlite.bm25_bound import corpus_stats
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.fts_query_shape import query_shape
from adapters.embedded.sqlite.head_renewal import AVERAGES, FTS_COLUMNS, kept_through_ties, renew
from adapters.embedded.sqlite.job_rows import job_of_row
from adapters.embedded.sqlite.paging import SortKey, bounded_count
from adapters.embedded.sqlite.ranked_heads import KeptTotal, RankedHead, RankedHeads, RankingBasis
from adapters.embedded.sqlite.renewal_after_posts import TOP_ROWID, groups_and_features, renew_after_posts
from adapters.embedded.sqlite.row_features import Probe
from adapters.embedded.sqlite.rows import one_row, placeholders
from domain.jobs import Job
from domain.pagination import TOTAL_COUNT_BOUND, Page, PageRequest, Position, cut_page

# Title matches weigh most, then skills, then the description.
_WEIGHTS = (10.0, 1.0, 4.0)
_BM25 = f"bm25(jobs_fts, {', '.join(map(str, _WEIGHTS))})"
# Best first (BM25 is lower for better matches), then newest. Not called `rank`: FTS5
# tables have a hidden column of that name, which a WHERE clause would read instead.
_RANKED = SortKey((("relevance", False), ("posted_at", True), ("id", True)), (float, str, str))
_HITS = "jobs_fts CROSS JOIN job_search_keys j ON j.job_rowid = jobs_fts.rowid"


class RankedJobSearch:
    def __init__(self, db: Database, head_size: int, deepest_head: int, reserve: int) -> None:
        self._db = db
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

    async def page(self, match: str, where: list[str], params: list[Any], page: PageRequest) -> Page[Job]:
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
            return cut_page(rows, page.first, lambda r: job_of_row(r[0]), lambda r: r[1][:3], total, estimate)
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
        return cut_page(rows, page.first, job_of_row, _RANKED.position, total, estimate)

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

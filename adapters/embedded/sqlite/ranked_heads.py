"""The first ranked hits of recent text searches, kept until the jobs next change.

A BM25 ranking is a property of every job at once (term rarity, average length), so FTS5
scores every hit before it can name the best 20: at 100,000 jobs a common query has ~20,000
hits and costs ~50 ms however small the page. What a search asks for is nearly always the
first few pages of a query asked a moment ago, so the positions of a query's first
`HEAD_SIZE` hits (not the jobs themselves) are kept with the jobs' search generation: a
counter in the SQLite file that triggers on `jobs` move inside every writer's own
transaction, whichever process writes (a migration adds them). A kept head is used only when the
generation read in the same statement as the page's rows is the one it was ranked at, so
a page is always the ranking of the jobs as they are now: a job committed before a search
starts is in that search (read-your-writes), in this process or any other. A head of an older
generation is renewed from the jobs changed since (head_renewal.py), or ranked afresh.
"""
from __future__ import annotations

import asyncio
import itertools
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Mapping
from dataclasses import dataclass

from adapters.embedded.sqlite.bm25_bound import CorpusStats

# Ten pages of 20: deeper pages are ranked in SQL as before.
HEAD_SIZE = 200
# (relevance, posted_at, id, jobs rowid), in rank order.
Hit = tuple[float, str, str, int]


@dataclass(frozen=True)
class RankingBasis:
    """What renewing a head exactly after jobs change needs (head_renewal.py), from the full
    ranking it descends from: the index's statistics then, and how good the best hit that
    ranking did not keep was."""

    generation: int
    stats: CorpusStats
    # Rows holding each phrase of the query, at `generation`.
    phrase_rows: tuple[int, ...]
    # |bm25| of the best hit the ranking did not keep; None when it kept every hit.
    unseen_best: float | None
    # Every hit, at the head's generation, among the rows the ranking kept and the rows
    # changed since: best first, beyond the exact prefix too.
    candidates: tuple[Hit, ...]
    # Rowids of candidates that score alike under any statistics while unchanged
    # (tie_groups.py): a renewal re-scores one of each group.
    groups: tuple[tuple[int, ...], ...] = ()
    # Per candidate, what bm25() reads of it (row_features.py: length, frequency per phrase alone),
    # and the highest rowid of the index at `generation`: a renewal after posts alone computes
    # the scores from them (renewal_after_posts.py). None when not read or not exact.
    features: Mapping[int, tuple[int, tuple[float, ...]]] | None = None
    top_rowid: int | None = None


@dataclass(frozen=True)
class RankedHead:
    generation: int
    # In rank order: exactly the first hits of today's ranking (of `generation`).
    hits: tuple[Hit, ...]
    # True when `hits` holds every hit of the query.
    complete: bool
    basis: RankingBasis | None = None
    # True when a renewal could prove fewer hits exact than a full ranking keeps.
    cut_short: bool = False

    @property
    def held(self) -> int:
        """Hits this head holds in memory (its candidates include its hits)."""
        return len(self.basis.candidates) if self.basis is not None else len(self.hits)

    def index_of(self, job_id: str) -> int | None:
        for place, hit in enumerate(self.hits):
            if hit[2] == job_id:
                return place
        return None


@dataclass(frozen=True)
class KeptTotal:
    generation: int
    total: int
    estimate: bool


@dataclass(frozen=True)
class _Ranking:
    ticket: int
    task: asyncio.Future[RankedHead]


class RankedHeads:
    """Per process, bounded (least recently used out first): by queries, and by the hits all
    heads hold (a head keeps every hit tied with its last, up to thousands)."""

    def __init__(self, max_queries: int = 256, max_hits: int = 100_000) -> None:
        self._max_queries = max_queries
        self._max_hits = max_hits
        self._held = 0
        self._heads: OrderedDict[Hashable, RankedHead] = OrderedDict()
        self._totals: OrderedDict[Hashable, KeptTotal] = OrderedDict()
        self._tickets = itertools.count()
        self._rankings: dict[Hashable, _Ranking] = {}

    def ticket(self) -> int:
        """Taken when a search starts: every commit its caller made is before it."""
        return next(self._tickets)

    async def rank_once(self, key: Hashable, ticket: int, rank: Callable[[], Awaitable[RankedHead]]) -> RankedHead:
        """Searches of one query that start together after a change share one ranking (the
        costly part, ~50 ms at 100,000 jobs), instead of queueing one each on the reader. A
        search joins only a ranking that began after its own ticket, so the ranking's read
        comes after every commit made before the search: never an older snapshot."""
        running = self._rankings.get(key)
        if running is not None and running.ticket > ticket:
            return await asyncio.shield(running.task)
        task = asyncio.ensure_future(rank())
        self._rankings[key] = _Ranking(self.ticket(), task)
        try:
            return await asyncio.shield(task)
        finally:
            if key in self._rankings and self._rankings[key].task is task:
                del self._rankings[key]

    def head(self, key: Hashable) -> RankedHead | None:
        """The head last ranked for `key`, of whatever generation: the caller checks it."""
        return self._touch(self._heads, key)

    def keep_head(self, key: Hashable, head: RankedHead) -> None:
        replaced = self._heads.pop(key, None)
        self._held += head.held - (replaced.held if replaced is not None else 0)
        self._heads[key] = head
        while len(self._heads) > self._max_queries or (self._held > self._max_hits and len(self._heads) > 1):
            _, dropped = self._heads.popitem(last=False)
            self._held -= dropped.held

    def total(self, key: Hashable, generation: int) -> KeptTotal | None:
        kept = self._touch(self._totals, key)
        return kept if kept is not None and kept.generation == generation else None

    def keep_total(self, key: Hashable, total: KeptTotal) -> None:
        self._keep(self._totals, key, total)

    @staticmethod
    def _touch(entries: OrderedDict, key: Hashable):
        value = entries.get(key)
        if value is not None:
            entries.move_to_end(key)
        return value

    def _keep(self, entries: OrderedDict, key: Hashable, value: object) -> None:
        entries[key] = value
        entries.move_to_end(key)
        while len(entries) > self._max_queries:
            entries.popitem(last=False)

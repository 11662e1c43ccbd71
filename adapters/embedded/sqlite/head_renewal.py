"""A kept ranking renewed exactly after jobs changed, instead of ranked again.

Ranking every hit costs ~50 ms at 100,000 jobs (more under load), and any job posted, edited
or closed changes every query's scores a little (term rarity, average length). But a job
that did not change moves only within a bound (bm25_bound.py), so from the jobs changed
since the ranking (search_changes.py) one statement re-scores, with FTS5's own bm25() under
today's statistics, the hits the head kept and the changed jobs that match now; whatever
is re-sorted above the best score an unseen job could now reach is exactly today's
ranking, and pages are served from that prefix only. Too many changes, a log that no
longer reaches back, or an index whose statistics cannot be read: the caller ranks afresh.
"""
from __future__ import annotations

import json
from dataclasses import replace

from adapters.embedded.sqlite.bm25_bound import CorpusStats, corpus_stats, growth_bound, phrases
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.ranked_heads import Hit, RankedHead, RankingBasis
from adapters.embedded.sqlite.tie_groups import TieGroup

# Beyond this many changes since the full ranking, ranking afresh is about as cheap and the
# bound loose.
MAX_CHANGES = 500
# At most this many hits are kept to reach past the ties at the head's end.
DEEPEST_HEAD = 5000
# Hits a full ranking keeps beyond the pages it serves (HEAD_SIZE), so that renewals keep
# proving at least those pages exact: re-scoring 800 more rows costs ~3 ms at 100,000 jobs.
HEAD_RESERVE = 1000
# jobs_fts's columns: title, description, skills.
FTS_COLUMNS = 3
AVERAGES = "(SELECT block FROM jobs_fts_data WHERE id = 1)"
_NO_ROWID = 2**63 - 1


def in_rank_order(hits: list[Hit]) -> list[Hit]:
    """relevance ascending, then posted_at and id descending: the SQL order of a ranking
    (text compares alike in both: SQLite's BINARY is UTF-8 byte order, Python's is code
    point order, and the two agree)."""
    # One sort, descending on (-relevance, posted_at, id); nearly sorted input (a renewal lists
    # the kept hits in their former order) takes about one pass.
    return sorted(hits, key=lambda hit: (-hit[0], hit[1], hit[2]), reverse=True)


def kept_through_ties(hits: tuple[Hit, ...], size: int, every_hit: bool) -> int:
    """How many of a full ranking's first hits to keep: at least `size`, and on through every
    hit tied with the last one kept. A job the head does not hold must score strictly worse
    than the last it holds for the bound to prove anything after a change (a tie can break
    either way once the average length moves), and boards have large ties: at 100,000 bench
    jobs 3,605 hits share the best score of "senior engineer". All of `hits` when they are
    every hit and the ties reach their end; `size` when the ties reach past what was fetched
    (the head is then not renewable)."""
    if len(hits) <= size:
        return len(hits)
    kept = size
    while kept < len(hits) and hits[kept][0] == hits[kept - 1][0]:
        kept += 1
    return kept if kept < len(hits) or every_hit else size


def renewed(
    head: RankedHead, rescored: list[Hit], generation: int, now: CorpusStats, size: int,
    phrase_rows_now: tuple[int, ...] | None = None, groups: tuple[TieGroup, ...] = (),
) -> RankedHead:
    """`head` at `generation`, from its candidates re-scored then: the exact prefix is what
    beats, strictly, the best score any job neither kept nor changed could have now. Given
    the phrases' row counts now, the bound is exact in IDF and the result is a new basis
    (its unseen best is the old one grown by that bound) for the renewals that follow."""
    basis = head.basis
    assert basis is not None  # only heads from a full ranking (or renewed from one) are renewed
    candidates = tuple(in_rank_order(rescored))
    if basis.unseen_best is None:
        return RankedHead(generation, candidates, True, replace(basis, candidates=candidates, groups=groups))
    growth = growth_bound(basis.stats, basis.phrase_rows, now, generation - basis.generation, phrase_rows_now)
    ceiling = growth * basis.unseen_best
    exact = next((place for place, hit in enumerate(candidates) if not -hit[0] > ceiling), len(candidates))
    if phrase_rows_now is None:
        renewed_basis = replace(basis, candidates=candidates, groups=groups)
    else:
        renewed_basis = RankingBasis(generation, now, phrase_rows_now, ceiling, candidates, groups)
    return RankedHead(generation, candidates[:exact], False, renewed_basis, cut_short=exact < size)


def scored_for_groups(
    candidates: tuple[Hit, ...], groups: tuple[TieGroup, ...], changed: set[int]
) -> tuple[list[int], tuple[TieGroup, ...]]:
    """The rowids a renewal re-scores (one per group of rows that score alike, its newest, so
    the index's pass starts late; every other candidate) and the groups still valid: a row
    changed since leaves its group and is re-scored as a changed row."""
    live = tuple(kept for kept in (tuple(r for r in group if r not in changed) for group in groups) if len(kept) > 1)
    grouped = {rowid for group in live for rowid in group}
    return [hit[3] for hit in candidates if hit[3] not in grouped] + [group[-1] for group in live], live


class _Moved(Exception):
    """The jobs changed between a renewal's read of the changes and its scoring read."""


async def renew(
    db: Database, head: RankedHead, match: str, where: list[str], params: list, *, bm25: str, size: int
) -> RankedHead | None:
    """`head` renewed at the jobs' current generation, or None when it must be ranked afresh.
    A writer racing the renewal's two reads costs a retry, then a renewal without the groups
    (every kept row re-scored, as one read), not a ranking afresh."""
    for attempt in range(3):
        try:
            if attempt == 2 and head.basis is not None:
                head = replace(head, basis=replace(head.basis, groups=()))
            return await _renew(db, head, match, where, params, bm25=bm25, size=size)
        except _Moved:
            continue
    return None


async def _renew(
    db: Database, head: RankedHead, match: str, where: list[str], params: list, *, bm25: str, size: int
) -> RankedHead | None:
    """One statement, so one snapshot: the generation, the changes, the statistics and the
    scores all describe the same state of the file."""
    basis = head.basis
    if basis is None:
        return None
    kept = {hit[3]: hit for hit in basis.candidates}
    changed = "SELECT job_rowid FROM job_search_changes WHERE generation > ?"
    groups: tuple[TieGroup, ...] = ()
    scored, seen_at = list(kept), None
    if basis.groups:
        # Which rows changed, to pick each group's stand-in among its unchanged rows and leave
        # the changed ones out; if the jobs move on before the renewal's read, it ranks afresh.
        early = await db.fetch_all(
            "SELECT g.n, c.job_rowid FROM job_search_generation g"
            " LEFT JOIN job_search_changes c ON c.generation > ?", [head.generation])
        seen_at = early[0][0]
        scored, groups = scored_for_groups(basis.candidates, basis.groups, {row[1] for row in early})
    stand_ins = {group[-1]: group for group in groups}
    # Re-scored on the index alone; only the changed jobs are read from job_search_keys (their
    # filters and keys may have moved): the kept hits' keys are the head's. `+rowid`: the list
    # is checked on the hits of ONE pass of the index; handed to FTS5 as a rowid constraint it
    # would rerun the whole query (prefix expansion, statistics) per rowid: 200 rowids took
    # seconds. The range (handed to FTS5) skips the hits below it.
    rows = await db.fetch_all(
        f"SELECT g.n AS generation, (SELECT min(generation) FROM job_search_changes) AS oldest,"
        f" {AVERAGES} AS averages, r.relevance, r.hit, r.hit IN ({changed}) AS changed, j.posted_at, j.id"
        " FROM job_search_generation g LEFT JOIN"
        f" (SELECT {bm25} AS relevance, jobs_fts.rowid AS hit FROM jobs_fts WHERE jobs_fts MATCH ?"
        f" AND jobs_fts.rowid >= min(?, coalesce((SELECT min(job_rowid) FROM ({changed})), ?))"
        f" AND +jobs_fts.rowid IN (SELECT value FROM json_each(?) UNION {changed}"
        " AND (SELECT n FROM job_search_generation) <= ?)) r"
        f" LEFT JOIN job_search_keys j ON j.job_rowid = r.hit AND r.hit IN ({changed})"
        + "".join(f" AND {condition}" for condition in where),
        [head.generation, match, min(scored, default=_NO_ROWID), head.generation, _NO_ROWID, json.dumps(scored),
         head.generation, basis.generation + MAX_CHANGES, head.generation, *params],
    )
    first = rows[0]
    generation = first["generation"]
    if generation - basis.generation > MAX_CHANGES:
        return None
    if generation != head.generation and (first["oldest"] is None or first["oldest"] > head.generation + 1):
        return None  # the log no longer holds every change since the head
    now = corpus_stats(first["averages"], FTS_COLUMNS)
    if now is None:
        return None
    if seen_at is not None and generation != seen_at:
        raise _Moved
    # The kept rows' new scores (a group's rows score as its stand-in does) and the changed rows.
    score_of: dict[int, float] = {}
    changed_hits: list[Hit] = []
    # By place, not name: relevance, rowid, changed, posted_at, id.
    for row in rows:
        relevance, rowid, was_changed, posted_at, job_id = row[3], row[4], row[5], row[6], row[7]
        if rowid is None:
            continue
        if not was_changed:
            score_of[rowid] = relevance
        elif rowid in stand_ins:
            raise _Moved  # changed since the first read: its group's score is unknown
        elif job_id is not None:  # else gone, or no longer within the filters
            changed_hits.append((relevance, posted_at, job_id, rowid))
    for stand_in, group in stand_ins.items():
        if stand_in not in score_of:
            return None  # an unchanged row always matches still; ranked afresh if not
        score_of.update(dict.fromkeys(group, score_of[stand_in]))
    # In their former order, so the sort is nearly a single pass.
    rescored = [(score_of[hit[3]], *hit[1:]) for hit in basis.candidates if hit[3] in score_of] + changed_hits
    fresh = renewed(head, rescored, generation, now, size, groups=groups)
    each_phrase = phrases(match)
    if not fresh.cut_short or each_phrase is None:
        return fresh
    # The bound with n' in [n - c, n + c] proved too little (it loosens with every change
    # since the full ranking): count n' now and bound with the exact IDF ratios, a fraction
    # of ranking afresh. Counted in a statement of its own: valid when it reads the same
    # generation (every change of the index moves it).
    counted = await db.fetch_one(
        "SELECT (SELECT n FROM job_search_generation) AS generation"
        + "".join(f", (SELECT count(*) FROM jobs_fts WHERE jobs_fts MATCH ?) AS phrase{i}"
                  for i in range(len(each_phrase))),
        each_phrase,
    )
    if counted is None or counted["generation"] != generation:
        return fresh
    rows_now = tuple(counted[f"phrase{i}"] for i in range(len(each_phrase)))
    return renewed(head, rescored, generation, now, size, rows_now, groups=groups)

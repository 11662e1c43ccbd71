"""A kept ranking renewed after jobs were posted, edited or closed, at a cost that follows the
changed rows, not the index.

A renewal by a pass of the index (head_renewal.py) still merges every hit of the query (at
100,000 jobs `engineer*` is a doclist of ~72,000 rows) because bm25() counts each phrase's
rows before it scores one. When what every changed row held at the ranking and holds now is
known, nothing needs counting. Now: the index's row. Then: nothing for a row newer than every
row the index held (a post), else the text the triggers kept at its first change since
(search_changes.py: an edit or a delete keeps what the index held just before).

- N' and the token total are read from FTS5's averages record (bm25_bound.corpus_stats), and
  must equal the ranking's plus the rows now minus the rows then (a fence: anything else
  changed the index);
- each phrase's rows n' = n + the changed rows holding it now - those holding it then: an
  unchanged row holds the phrases it held;
- the changed rows' features (length, frequency per phrase), now and then, are read from a
  probe holding only them (row_features.Probe), the length now checked against the index's
  own record, the features then against the ranking's own reading when it held the row;
- a changed row leaves the ranking and comes back re-scored if it is a hit now (a closed job
  is outside the search's filters and does not);
- every kept row's score is bm25_model of its features under (N', n', tokens'): FTS5's own
  arithmetic (row_features.py), so the scores, their ties and their order are the ones FTS5
  would give; the rows the head never held are bounded as in a pass renewal, with n' exact.

So the result is a new basis at today's generation, renewed the same way after the next changes.
More than MAX_POSTS changed rows, a log that no longer reaches back, an older row changed
without a kept text, or a fence that fails: None, and the caller renews by a pass or ranks
afresh.
"""
from __future__ import annotations

import json
from dataclasses import replace

from adapters.embedded.sqlite.bm25_bound import CorpusStats, corpus_stats
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.fts_query_shape import QueryShape, query_shape
from adapters.embedded.sqlite.head_renewal import AVERAGES, FTS_COLUMNS, MAX_CHANGES, renewed
from adapters.embedded.sqlite.ranked_heads import Hit, RankedHead
from adapters.embedded.sqlite.row_features import Probe, RowFeatures, ranking_features, score_of
from adapters.embedded.sqlite.tie_groups import (
    PhraseScores,
    TieGroup,
    groups_of,
    phrase_scores,
    row_length,
    tied_rowids,
)

# Beyond this many changed rows since the ranking, a pass renewal is about as cheap.
MAX_POSTS = 64
# The highest rowid of the index, in the same statement as a ranking (FTS5 walks its rowids
# backwards and stops at the first).
TOP_ROWID = "(SELECT rowid FROM jobs_fts ORDER BY rowid DESC LIMIT 1)"


async def renew_after_posts(
    db: Database, head: RankedHead, match: str, where: list[str], params: list, *, probe: Probe, size: int,
) -> tuple[RankedHead, bool] | None:
    """`head` renewed at the jobs' current generation from the rows changed since its basis
    (and whether any of them existed then: an edit, a close, a delete), or None when what they
    held then or hold now cannot be known exactly."""
    basis = head.basis
    shape = query_shape(match)
    if basis is None or basis.features is None or basis.top_rowid is None or shape is None:
        return None
    each_phrase = shape.phrases
    # One statement, so one snapshot: the generation, the log, the statistics and each changed
    # row now (its length record, its indexed text, its keys within the search's filters) and
    # just before its first change since the basis (its indexed text then, if it had one).
    rows = await db.fetch_all(
        f"SELECT g.n, (SELECT min(generation) FROM job_search_changes), {AVERAGES},"
        " c.job_rowid, d.sz, f.title, f.description, f.skills, j.posted_at, j.id,"
        " p.indexed, p.title, p.description, p.skills"
        " FROM job_search_generation g"
        " LEFT JOIN (SELECT job_rowid, min(generation) AS first FROM job_search_changes WHERE generation > ?"
        " GROUP BY job_rowid LIMIT ?) c ON 1"
        " LEFT JOIN job_search_prior_text p ON p.generation = c.first AND p.job_rowid = c.job_rowid"
        " LEFT JOIN jobs_fts_docsize d ON d.id = c.job_rowid"
        " LEFT JOIN jobs_fts f ON f.rowid = d.id"
        " LEFT JOIN job_search_keys j ON j.job_rowid = d.id" + "".join(f" AND {c}" for c in where),
        [basis.generation, MAX_POSTS + 1, *params],
    )
    generation, oldest, averages = rows[0][0], rows[0][1], rows[0][2]
    changed = [row for row in rows if row[3] is not None]
    if not changed or generation - basis.generation > MAX_CHANGES or len(changed) > MAX_POSTS:
        return None
    if oldest is None or oldest > basis.generation + 1:
        return None  # the log no longer holds every change since the basis
    # What each row held at the basis: the text kept at its first change since (an edit or a
    # delete), else nothing if it is newer than every row the index held then (a post); a row
    # that existed then without a kept text (logged before the text was kept): not known here.
    if any(row[10] is None and row[3] <= basis.top_rowid for row in changed):
        return None
    now = corpus_stats(averages, FTS_COLUMNS)
    present = [row for row in changed if row[4] is not None]
    held = [row for row in changed if row[10]]
    lengths = [row_length(row[4], FTS_COLUMNS) for row in present]
    read = probe.features([tuple(row[5:8]) for row in present] + [tuple(row[11:14]) for row in held], each_phrase,
                          (match, shape))
    new_read, old_read = read[:len(present)], read[len(present):]
    if now is None or None in old_read or any(f is None or f[0] != length for f, length in zip(new_read, lengths)):
        return None
    new_features: list[RowFeatures] = new_read  # type: ignore[assignment]
    old_features: list[RowFeatures] = old_read  # type: ignore[assignment]
    for row, features in zip(held, old_features):
        known = basis.features.get(row[3])
        if known is not None and known != features:
            return None  # the kept text is not what the ranking read of the row: trust neither
    if (now.rows, now.tokens) != (basis.stats.rows + len(present) - len(held),
                                  basis.stats.tokens + sum(f[0] for f in new_features)
                                  - sum(f[0] for f in old_features)):
        return None  # the index changed otherwise than by these rows
    rows_now = tuple(n + sum(1 for f in new_features if f[1][i] > 0) - sum(1 for f in old_features if f[1][i] > 0)
                     for i, n in enumerate(basis.phrase_rows))
    scores: dict[RowFeatures, float] = {}

    def score(features: RowFeatures) -> float:
        # Rows of one template share their features: scored once.
        if features not in scores:
            scores[features] = score_of(features, now, rows_now, shape)
        return scores[features]

    gone = {row[3] for row in changed}
    rescored: list[Hit] = []
    for hit in basis.candidates:  # in their former order: the sort is nearly one pass
        if hit[3] not in gone:
            held_features = basis.features.get(hit[3])
            if held_features is None:
                return None
            rescored.append((score(held_features), hit[1], hit[2], hit[3]))
    features_now = {rowid: f for rowid, f in basis.features.items() if rowid not in gone}
    for row, features in zip(present, new_features):
        if row[9] is not None and shape.matches(features[1]):  # within the filters, and a hit
            rescored.append((score(features), row[8], row[9], row[3]))
            features_now[row[3]] = features
    groups = tuple(kept for kept in (tuple(r for r in group if r not in gone) for group in basis.groups)
                   if len(kept) > 1)
    # A changed row the ranking did not hold is re-scored above if it is a hit now; every
    # unchanged one is bounded by the exact IDF ratios (rows_now) and the average's growth.
    fresh = renewed(head, rescored, generation, now, size, rows_now, groups=groups)
    assert fresh.basis is not None
    kept_rows = {hit[3] for hit in fresh.basis.candidates}
    top_rowid = max([basis.top_rowid, *(row[3] for row in present)])
    return replace(fresh, basis=replace(
        fresh.basis, generation=generation, stats=now, phrase_rows=rows_now,
        features={rowid: f for rowid, f in features_now.items() if rowid in kept_rows},
        top_rowid=top_rowid)), bool(held) or any(row[3] <= basis.top_rowid for row in changed)


async def groups_and_features(
    db: Database, hits: tuple[Hit, ...], shape: QueryShape, generation: int, stats: CorpusStats,
    phrase_rows: tuple[int, ...], *, bm25: str,
) -> tuple[tuple[TieGroup, ...], dict[int, RowFeatures] | None]:
    """For a full ranking's kept hits, from one read of each phrase's score alone: the groups
    of rows that score alike (tie_groups.py) and every hit's features (None unless exact)."""
    each_phrase = list(shape.phrases)
    if not hits:
        return (), {}  # nothing ranked: nothing to read, and exactly no features
    scores = await phrase_scores(db, [hit[3] for hit in hits], each_phrase, generation, bm25=bm25,
                                 columns=FTS_COLUMNS)
    if scores:
        return groups_of(scores, tied_rowids(hits)), ranking_features(hits, scores, stats, phrase_rows, shape=shape)
    # A writer committed since the ranking. Its hits' features do not depend on other rows: read
    # them again with the statistics of that later read, if none of the hits changed since.
    later = await _scores_read_later(db, hits, each_phrase, generation, bm25=bm25)
    if later is None:
        return (), None
    scores, read_under = later
    return groups_of(scores, tied_rowids(hits)), ranking_features(hits, scores, stats, phrase_rows, read_under, shape)


async def _scores_read_later(
    db: Database, hits: tuple[Hit, ...], each_phrase: list[str], generation: int, *, bm25: str,
) -> tuple[dict[int, PhraseScores], tuple[CorpusStats, tuple[int, ...]]] | None:
    """Each phrase's score alone for `hits`, with the statistics they were computed under (N,
    tokens, each phrase's rows), in one statement; None if any hit changed after `generation`
    (or the log no longer tells)."""
    wanted = json.dumps([hit[3] for hit in hits])
    scored = ", ".join(
        f"p{i} AS MATERIALIZED (SELECT rowid AS id, {bm25} AS s FROM jobs_fts WHERE jobs_fts MATCH ?"
        " AND +rowid IN (SELECT value FROM json_each(?)))" for i in range(len(each_phrase)))
    params: list = []
    for phrase in each_phrase:
        params += [phrase, wanted]
    rows = await db.fetch_all(
        f"WITH {scored} SELECT {AVERAGES}, (SELECT min(generation) FROM job_search_changes),"
        " (SELECT count(*) FROM job_search_changes WHERE generation > ? AND job_rowid IN"
        " (SELECT value FROM json_each(?))), d.id, d.sz"
        + "".join(f", (SELECT count(*) FROM jobs_fts WHERE jobs_fts MATCH ?), p{i}.s" for i in range(len(each_phrase)))
        + " FROM jobs_fts_docsize d" + "".join(f" LEFT JOIN p{i} ON p{i}.id = d.id" for i in range(len(each_phrase)))
        + " WHERE d.id IN (SELECT value FROM json_each(?))",
        [*params, generation, wanted, *each_phrase, wanted],
    )
    if not rows or rows[0][1] is None or rows[0][1] > generation + 1 or rows[0][2] != 0:
        return None
    now = corpus_stats(rows[0][0], FTS_COLUMNS)
    if now is None:
        return None
    counts = tuple(rows[0][5 + 2 * i] for i in range(len(each_phrase)))
    return ({row[3]: (row_length(row[4], FTS_COLUMNS), tuple(row[6 + 2 * i] for i in range(len(each_phrase))))
             for row in rows}, (now, counts))

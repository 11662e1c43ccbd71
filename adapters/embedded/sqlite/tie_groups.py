"""Hits that score alike at every generation, found once so a renewal re-scores one of each.

FTS5's bm25() of a row depends on the row only through its length D (tokens over all
columns) and, per phrase of the query, its column-weighted frequency f (bm25_bound.py). Two
rows with equal D and equal f for every phrase score the same under any statistics, so while
neither changes they stay tied, in (posted_at, id) order, whatever else is posted, edited or
closed. A kept ranking holds thousands of such rows where job ads share a template (3,605 of
"senior engineer" at 100,000 bench jobs); renewing it re-scored each of them, and now
re-scores one per group (head_renewal.py).

Both are read at one snapshot, without tokenizing anything here:
- D from FTS5's `%_docsize` table (one varint per column per row): SQLite's file format, read
  as the averages record is, and fenced the same way (a record that does not read as
  exactly that puts its row in no group; tests/integration/test_fts5_docsize_record.py
  checks it against the texts' token counts and the averages record);
- f through bm25() itself, one statement per phrase alone: for a fixed D and fixed statistics
  a phrase's score IDF * f * (k1 + 1) / (f + K(D)) is strictly increasing in f, so rows of
  equal D with equal single-phrase scores have equal f. Distinct integers f (weights 10, 1, 4)
  or D give scores apart by a relative ~K / f² or ~1 / D at least (above 1e-9 for rows of up to
  10^4 tokens), far above the ~1e-16 of the double arithmetic: equal scores mean equal inputs.
Only rows already tied in the full ranking can share a group, so only those are read.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence

from adapters.embedded.sqlite.bm25_bound import read_varint
from adapters.embedded.sqlite.database import Database

# (relevance, posted_at, id, jobs rowid), as ranked_heads.Hit.
_Hit = tuple[float, str, str, int]
TieGroup = tuple[int, ...]
# A row's length (None when its record does not read as expected) and bm25() of each phrase
# alone (None for a phrase the row does not hold: a hit of an OR query holds only some).
PhraseScores = tuple[int | None, tuple[float | None, ...]]


def row_length(docsize: bytes | None, columns: int) -> int | None:
    """A row's tokens over all columns from its `%_docsize` record (one varint per column),
    or None when the record does not read as exactly that."""
    if not docsize:
        return None
    try:
        at, total = 0, 0
        for _ in range(columns):
            size, at = read_varint(docsize, at)
            total += size
    except IndexError:
        return None
    return total if at == len(docsize) else None


def tied_rowids(hits: Sequence[_Hit]) -> list[int]:
    """The rows sharing their relevance with another hit: the only ones a group can hold."""
    count: dict[float, int] = defaultdict(int)
    for hit in hits:
        count[hit[0]] += 1
    return [hit[3] for hit in hits if count[hit[0]] > 1]


async def tie_groups(
    db: Database, hits: Sequence[_Hit], each_phrase: Sequence[str], generation: int, *, bm25: str, columns: int,
) -> tuple[TieGroup, ...]:
    """Groups (two rows or more) of `hits` that score alike under any statistics, read at
    `generation`; none when the jobs moved on since (a group must describe the rows as
    ranked) or there are no ties."""
    rowids = tied_rowids(hits)
    if not rowids or not each_phrase:
        return ()
    return groups_of(await phrase_scores(db, rowids, each_phrase, generation, bm25=bm25, columns=columns), rowids)


def groups_of(scores: dict[int, PhraseScores], rowids: Sequence[int]) -> tuple[TieGroup, ...]:
    """Among `rowids`, the groups of rows with equal length and equal scores of each phrase alone."""
    members: dict[tuple, list[int]] = defaultdict(list)
    for rowid in rowids:
        read = scores.get(rowid)
        if read is not None and read[0] is not None:
            members[(read[0], *read[1])].append(rowid)
    return tuple(tuple(sorted(group)) for group in members.values() if len(group) > 1)


async def phrase_scores(
    db: Database, rowids: Sequence[int], each_phrase: Sequence[str], generation: int, *, bm25: str, columns: int,
) -> dict[int, PhraseScores]:
    """Per row of `rowids`: its length (None when its record does not read as expected) and
    bm25() of each phrase alone, read at `generation`; empty when the jobs moved on since."""
    if not rowids or not each_phrase:
        return {}
    wanted = json.dumps(list(rowids))
    # One pass of the index per phrase (MATERIALIZED: joined as the inner loop, FTS5 would
    # rerun the query per rowid), each scored alone; `+rowid`: the list is checked on the hits.
    scored = ", ".join(
        f"p{i} AS MATERIALIZED (SELECT rowid AS id, {bm25} AS s FROM jobs_fts WHERE jobs_fts MATCH ?"
        " AND +rowid IN (SELECT value FROM json_each(?)))" for i in range(len(each_phrase)))
    joined = "".join(f" LEFT JOIN p{i} ON p{i}.id = d.id" for i in range(len(each_phrase)))
    params: list = []
    for phrase in each_phrase:
        params += [phrase, wanted]
    rows = await db.fetch_all(
        f"WITH {scored} SELECT (SELECT n FROM job_search_generation) AS generation, d.id, d.sz"
        + "".join(f", p{i}.s" for i in range(len(each_phrase)))
        + f" FROM jobs_fts_docsize d{joined} WHERE d.id IN (SELECT value FROM json_each(?))",
        [*params, wanted],
    )
    if not rows or rows[0][0] != generation:
        return {}
    return {row[1]: (row_length(row[2], columns), tuple(row[3:])) for row in rows}

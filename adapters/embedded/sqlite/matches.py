"""Matches in SQLite, upserted on (candidate, job) and pruned to each side's best."""
from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Sequence

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.match_announcements import SqliteMatchAnnouncements, record_announcements
from adapters.embedded.sqlite.match_rows import COLUMNS, from_row, to_rows, weights_jsons
from adapters.embedded.sqlite.match_weightings import READ_FROM, weighting_ids
from adapters.embedded.sqlite.paging import SortKey, pages_by_parent
from adapters.embedded.sqlite.rows import in_key_order, placeholders
from adapters.embedded.sqlite.whole_transactions import Statements
from domain.matches import Match, MatchRetention
from domain.pagination import Page, PageRequest

# A pair's first write inserts its row; a later one updates every column but the row's id,
# pair and creation time. Two plain statements, not one INSERT ... ON CONFLICT DO UPDATE: with
# foreign keys on, SQLite gives every such upsert a statement journal (the update branch could
# fail a key check after writing), which made a new row cost twice a plain insert. The write
# transaction reads which pairs are stored (_stored_pairs) before writing, and holds the write
# lock meanwhile, so that choice is exact.
_INSERT = f"INSERT INTO matches({', '.join(COLUMNS)}) VALUES ({placeholders(len(COLUMNS))})"
_UPDATED = tuple(c for c in COLUMNS if c not in ("id", "candidate_id", "job_id", "created_us"))
_UPDATE = (f"UPDATE matches SET {', '.join(f'{c} = ?' for c in _UPDATED)} WHERE candidate_id = ? AND job_id = ?")
_UPDATED_AT = tuple(COLUMNS.index(c) for c in _UPDATED)
_PAIR_AT = (COLUMNS.index("candidate_id"), COLUMNS.index("job_id"))
# Everything of one candidate (or job) past its best `keep`, in list order (score, then id:
# a total order, ids being unique). Read as the side's index (matches_by_candidate, _by_job)
# walked past its first `keep` entries: the rows to delete are those it reaches, where a
# `NOT IN (its best keep)` built that list, then tested every row of the side against it
# (a quarter more of SQLite's work per pruned side).
_PRUNE = (
    "DELETE FROM matches WHERE rowid IN"
    " (SELECT rowid FROM matches WHERE {side} = ? ORDER BY score DESC, id LIMIT -1 OFFSET ?)"
)

# Matches of closed jobs drop out of every list.
# A correlated lookup per row read: an IN (subquery) would list every open job first.
_OPEN_JOB = "EXISTS (SELECT 1 FROM jobs oj WHERE oj.id = t.job_id AND oj.status = 'OPEN')"
# Best first; equal scores in id order. Scores are REAL: the cursor carries them exactly.
_BEST_FIRST = SortKey((("score", True), ("id", False)), (float, str))


_match = from_row
# Rows per transaction of upsert_many (whole batches of a job's ~100 rows each): a request's
# write waits for at most one such transaction. With the 16 MiB page cache, 400 rows cost the
# worker no more CPU a job than 3,200 (bench_drain_split: 42.5 against 44.2 ms) and cut a
# post's p99 while the worker drains from 639 to 188 ms.
_ROWS_PER_WRITE = 400


def _groups(batches: Sequence[Sequence[Match]]) -> list[list[Sequence[Match]]]:
    groups: list[list[Sequence[Match]]] = []
    rows = _ROWS_PER_WRITE
    for batch in batches:
        if rows + len(batch) > _ROWS_PER_WRITE and groups and groups[-1]:
            groups.append([])
            rows = 0
        elif not groups:
            groups.append([])
            rows = 0
        groups[-1].append(batch)
        rows += len(batch)
    return groups


class SqliteMatchRepository(SqliteMatchAnnouncements):
    def __init__(self, db: Database) -> None:
        self._db = db

    async def upsert(self, matches: Sequence[Match], retention: MatchRetention = MatchRetention()) -> list[Match]:
        if not matches:
            return []
        # One write transaction (BEGIN IMMEDIATE): a concurrent upsert for the same candidate
        # or job waits for it, so the ranking pruned against is the one committed.
        lease_seconds = self.announcement_lease_seconds

        async def write(conn: Statements) -> list[Match]:
            new = await _upsert(conn, matches, retention)
            await record_announcements(conn, new, lease_seconds)
            return new
        return await self._db.write_whole(write)

    async def upsert_many(self, batches: Sequence[Sequence[Match]],
                          retention: MatchRetention = MatchRetention()) -> list[list[Match] | Exception]:
        """Each batch as upsert() writes it, in order, in few transactions (of about
        _ROWS_PER_WRITE rows, whole batches each: a request's write waits for at most one of
        them, see WriteTurns): each batch inside a savepoint, so a batch that fails is undone
        alone and the others still commit."""
        results: list[list[Match] | Exception] = []
        for group in _groups(batches):
            if not any(group):
                results += [[] for _ in group]
                continue
            written: list[list[Match] | Exception]
            try:
                written = await self._db.write_whole(
                    functools.partial(_write_group, group=group, retention=retention,
                                      lease_seconds=self.announcement_lease_seconds))
            except Exception as error:  # nothing of this transaction is stored
                written = [error] * len(group)
            results += written
        return results

    async def get_many(self, ids: Sequence[str]) -> list[Match | None]:
        if not ids:
            return []
        unique = list(set(ids))
        rows = await self._db.fetch_all(f"SELECT * FROM {READ_FROM} WHERE id IN ({placeholders(len(unique))})", unique)
        return in_key_order(ids, {row["id"]: _match(row) for row in rows})

    async def of_pairs(self, pairs: Sequence[tuple[str, str]]) -> list[Match | None]:
        if not pairs:
            return []
        wanted = json.dumps([list(p) for p in dict.fromkeys(pairs)])
        rows = await self._db.fetch_all(
            f"SELECT m.* FROM json_each(?) w JOIN {READ_FROM} m"
            " ON m.candidate_id = json_extract(w.value, '$[0]') AND m.job_id = json_extract(w.value, '$[1]')",
            (wanted,),
        )
        found = {(row["candidate_id"], row["job_id"]): _match(row) for row in rows}
        return [found.get(p) for p in pairs]

    async def find(self, candidate_id: str, job_id: str) -> Match | None:
        row = await self._db.fetch_one(
            f"SELECT * FROM {READ_FROM} WHERE candidate_id = ? AND job_id = ?", (candidate_id, job_id)
        )
        return _match(row) if row else None

    async def by_candidates(
        self, candidate_ids: Sequence[str], min_score: float | None, page: PageRequest
    ) -> list[Page[Match]]:
        return await self._pages("candidate_id", candidate_ids, min_score, page)

    async def by_jobs(self, job_ids: Sequence[str], min_score: float | None, page: PageRequest) -> list[Page[Match]]:
        return await self._pages("job_id", job_ids, min_score, page)

    async def _pages(self, column: str, ids: Sequence[str], min_score: float | None, page: PageRequest):
        where, params = _OPEN_JOB, []
        if min_score is not None:
            where += " AND t.score >= ?"
            params.append(min_score)
        return await pages_by_parent(
            self._db, table=READ_FROM, parent_column=column, parent_ids=ids,
            key=_BEST_FIRST, page=page, convert=_match, where=where, params=params,
        )

    async def delete_for_job(self, job_id: str) -> None:
        await self._db.execute("DELETE FROM matches WHERE job_id = ?", (job_id,))

    async def delete_for_resume(self, resume_id: str) -> None:
        await self._db.execute("DELETE FROM matches WHERE resume_id = ?", (resume_id,))

    async def delete_for_candidate(self, candidate_id: str) -> None:
        await self._db.execute("DELETE FROM matches WHERE candidate_id = ?", (candidate_id,))


async def _write_group(conn: Statements, *, group: Sequence[Sequence[Match]], retention: MatchRetention,
                       lease_seconds: float) -> list[list[Match] | Exception]:
    """upsert_many's batches of one transaction, each inside a savepoint."""
    written: list[list[Match] | Exception] = []
    for batch in group:
        if not batch:
            written.append([])
            continue
        await conn.execute("SAVEPOINT match_batch")
        try:
            new = await _upsert(conn, batch, retention)
            await record_announcements(conn, new, lease_seconds)
            written.append(new)
        except Exception as error:
            # Undone to the savepoint; if SQLite rolled the whole transaction back (a full
            # disk, say), the savepoint is gone with it and the whole group fails with this error.
            try:
                await conn.execute("ROLLBACK TO match_batch")
            except sqlite3.Error:
                raise error from None
            written.append(error)
        await conn.execute("RELEASE match_batch")
    return written


async def _upsert(conn: Statements, matches: Sequence[Match], retention: MatchRetention) -> list[Match]:
    kept = [m for m in matches if m.score >= retention.floor]
    below = [m for m in matches if m.score < retention.floor]
    # A recomputation that read a resume deleted since writes nothing from it: the
    # deletion recomputes the candidate from the resumes left.
    resumes = await _existing_resumes(conn, {m.resume_id for m in kept})
    kept = [m for m in kept if m.resume_id in resumes]
    existing = await _stored_pairs(conn, kept)
    kept, crowded = await _without_the_outranked(conn, kept, existing, retention.keep)
    jsons = weights_jsons(kept)
    weightings = await weighting_ids(conn, jsons)
    await _write_rows(conn, to_rows(kept, [weightings[j] if j else 0 for j in jsons]), existing)
    # Each statement is a trip to the connection's thread and back to the event loop: none
    # is sent with nothing to do.
    # Rows this write deleted: with none, every row it inserted is still there.
    deleted = 0
    if below:
        deleted += (await conn.executemany(
            "DELETE FROM matches WHERE candidate_id = ? AND job_id = ?",
            [(m.candidate_id, m.job_id) for m in below])).rowcount
    for column in ("candidate_id", "job_id"):
        touched = list({getattr(m, column): None for m in kept})
        if column == "candidate_id" and crowded is not None:
            touched = [side for side in touched if side in crowded]
        sides = await _over_full(conn, column, touched, retention.keep)
        if sides:
            deleted += (await conn.executemany(
                _PRUNE.format(side=column), [(side, retention.keep) for side in sides])).rowcount
    inserted = [m for m in kept if (m.candidate_id, m.job_id) not in existing]
    # With nothing deleted, the rows stored are those _write_rows inserted: the first row of
    # each pair not stored before (a later row of the pair updated it, keeping its id).
    survivors = (set({(m.candidate_id, m.job_id): m.id for m in reversed(inserted)}.values()) if not deleted
                 else await _existing_ids(conn, [m.id for m in inserted]))
    return [m for m in inserted if m.id in survivors]


async def _write_rows(conn: Statements, rows: Sequence[tuple], stored: set[tuple[str, str]]) -> None:
    """Each row as an upsert on its pair, in order: the first row of a pair not `stored` is
    inserted, every other row updates its pair's row (all inserts go first, so a pair written
    twice is inserted, then updated, as two upserts one after the other would)."""
    inserts: list[tuple] = []
    updates: list[tuple] = []
    written = set(stored)
    for row in rows:
        pair = (row[_PAIR_AT[0]], row[_PAIR_AT[1]])
        if pair in written:
            updates.append((*(row[at] for at in _UPDATED_AT), *pair))
        else:
            written.add(pair)
            inserts.append(row)
    if inserts:
        await conn.executemany(_INSERT, inserts)
    if updates:
        await conn.executemany(_UPDATE, updates)


async def _without_the_outranked(conn: Statements, kept: list[Match], existing: set[tuple[str, str]],
                                 keep: int) -> tuple[list[Match], set[str] | None]:
    """`kept` without the new rows of one job's write that the candidate's pruning would
    delete at once: `keep` of the candidate's rows for other jobs, which this write does not
    touch, already rank before them (score, then id). Never built, never written. Only for a
    write of one job (a job's matching): with several jobs of one candidate, rows of this very
    write could move that candidate's ranking.

    Also the candidates whose pruning this write can need (None: any): a fresh pair's
    candidate without a bar held fewer than `keep` rows and gains one, so stays within
    `keep`; only the candidates with a bar and those of pairs stored already are counted."""
    jobs = {m.job_id for m in kept}
    if len(jobs) != 1:
        return kept, None
    # A fresh pair's candidate holds no row for this job, so the candidate's `keep`-th row
    # overall is the bar: read from matches_by_candidate alone (score DESC, id), NULL for a
    # candidate holding fewer.
    fresh = list(dict.fromkeys(m.candidate_id for m in kept if (m.candidate_id, m.job_id) not in existing))
    bars: dict[str, tuple[float, str]] = {}
    for start in range(0, len(fresh), 500):
        chunk = fresh[start:start + 500]
        rows = await conn.execute_fetchall(
            "SELECT m.candidate_id, m.score, m.id FROM matches m WHERE m.rowid IN (SELECT (SELECT rowid FROM"
            " matches WHERE candidate_id = c.value ORDER BY score DESC, id LIMIT 1 OFFSET ?)"
            " FROM json_each(?) c)", (keep - 1, json.dumps(chunk)))
        bars.update((row[0], (row[1], row[2])) for row in rows)

    def outranked(m: Match) -> bool:
        bar = bars.get(m.candidate_id)
        return bar is not None and (bar[0] > m.score or (bar[0] == m.score and bar[1] < m.id))

    crowded = set(bars) | {m.candidate_id for m in kept if (m.candidate_id, m.job_id) in existing}
    return [m for m in kept if (m.candidate_id, m.job_id) in existing or not outranked(m)], crowded


async def _over_full(conn: Statements, column: str, sides: Sequence[str], keep: int) -> list[str]:
    """Those of `sides` holding more than `keep` matches: the only ones pruning can change
    (one counting read instead of a pruning statement per candidate a job touched)."""
    found: list[str] = []
    for start in range(0, len(sides), 500):
        chunk = sides[start:start + 500]
        rows = await conn.execute_fetchall(
            f"SELECT {column} FROM matches WHERE {column} IN ({placeholders(len(chunk))})"
            f" GROUP BY {column} HAVING count(*) > ?", (*chunk, keep))
        found += [row[0] for row in rows]
    return found


async def _stored_pairs(conn: Statements, matches: Sequence[Match]) -> set[tuple[str, str]]:
    """Which (candidate, job) pairs of `matches` are stored, a query per job (a job's
    recomputation names one job, a resume's one candidate: either way few queries)."""
    stored: set[tuple[str, str]] = set()
    by_job: dict[str, list[str]] = {}
    for m in matches:
        by_job.setdefault(m.job_id, []).append(m.candidate_id)
    for job_id, candidates in by_job.items():
        for start in range(0, len(candidates), 500):
            chunk = candidates[start:start + 500]
            rows = await conn.execute_fetchall(
                f"SELECT candidate_id FROM matches WHERE job_id = ? AND candidate_id IN ({placeholders(len(chunk))})",
                (job_id, *chunk))
            stored.update((row[0], job_id) for row in rows)
    return stored


async def _existing_ids(conn: Statements, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = await conn.execute_fetchall(
            f"SELECT id FROM matches WHERE id IN ({placeholders(len(chunk))})", chunk)
        found.update(row[0] for row in rows)
    return found


async def _existing_resumes(conn: Statements, ids: set[str]) -> set[str]:
    found: set[str] = set()
    listed = list(ids)
    for start in range(0, len(listed), 500):
        chunk = listed[start:start + 500]
        rows = await conn.execute_fetchall(
            f"SELECT id FROM resumes WHERE id IN ({placeholders(len(chunk))})", chunk)
        found.update(row[0] for row in rows)
    return found

"""Matches in SQLite, upserted on (candidate, job)."""
from __future__ import annotations

import json
import sqlite3
from typing import Sequence

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.paging import SortKey, pages_by_parent
from adapters.embedded.sqlite.rows import in_key_order, placeholders, to_datetime, to_json, to_text
from domain.matches import Match, ScoreBreakdown
from domain.pagination import Page, PageRequest

# Matches of closed jobs drop out of every list.
# A correlated lookup per row read: an IN (subquery) would list every open job first.
_OPEN_JOB = "EXISTS (SELECT 1 FROM jobs oj WHERE oj.id = t.job_id AND oj.status = 'OPEN')"
# Best first; equal scores in id order. Scores are REAL: the cursor carries them exactly.
_BEST_FIRST = SortKey((("score", True), ("id", False)), (float, str))


def _match(row: sqlite3.Row) -> Match:
    return Match(
        id=row["id"], candidate_id=row["candidate_id"], job_id=row["job_id"], resume_id=row["resume_id"],
        score=row["score"], breakdown=ScoreBreakdown.model_validate_json(row["breakdown"]),
        matched_skills=json.loads(row["matched_skills"]), missing_skills=json.loads(row["missing_skills"]),
        explanation=row["explanation"], created_at=to_datetime(row["created_at"]),
        updated_at=to_datetime(row["updated_at"]),
    )


class SqliteMatchRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def upsert(self, matches: Sequence[Match]) -> list[Match]:
        if not matches:
            return []
        new: list[Match] = []
        async with self._db.transaction() as conn:
            pairs = [(m.candidate_id, m.job_id) for m in matches]
            existing = set()
            for candidate_id, job_id in pairs:
                row = await (
                    await conn.execute(
                        "SELECT 1 FROM matches WHERE candidate_id = ? AND job_id = ?", (candidate_id, job_id)
                    )
                ).fetchone()
                if row is not None:
                    existing.add((candidate_id, job_id))
            await conn.executemany(
                "INSERT INTO matches(id, candidate_id, job_id, resume_id, score, breakdown, matched_skills,"
                " missing_skills, explanation, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(candidate_id, job_id) DO UPDATE SET resume_id=excluded.resume_id,"
                " score=excluded.score, breakdown=excluded.breakdown, matched_skills=excluded.matched_skills,"
                " missing_skills=excluded.missing_skills, explanation=excluded.explanation,"
                " updated_at=excluded.updated_at",
                [
                    (m.id, m.candidate_id, m.job_id, m.resume_id, m.score, m.breakdown.model_dump_json(),
                     to_json(m.matched_skills), to_json(m.missing_skills), m.explanation,
                     to_text(m.created_at), to_text(m.updated_at))
                    for m in matches
                ],
            )
            new = [m for m in matches if (m.candidate_id, m.job_id) not in existing]
        return new

    async def get_many(self, ids: Sequence[str]) -> list[Match | None]:
        if not ids:
            return []
        unique = list(set(ids))
        rows = await self._db.fetch_all(f"SELECT * FROM matches WHERE id IN ({placeholders(len(unique))})", unique)
        return in_key_order(ids, {row["id"]: _match(row) for row in rows})

    async def find(self, candidate_id: str, job_id: str) -> Match | None:
        row = await self._db.fetch_one(
            "SELECT * FROM matches WHERE candidate_id = ? AND job_id = ?", (candidate_id, job_id)
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
            self._db, table="matches", parent_column=column, parent_ids=ids,
            key=_BEST_FIRST, page=page, convert=_match, where=where, params=params,
        )

    async def delete_for_job(self, job_id: str) -> None:
        await self._db.execute("DELETE FROM matches WHERE job_id = ?", (job_id,))

    async def delete_for_resume(self, resume_id: str) -> None:
        await self._db.execute("DELETE FROM matches WHERE resume_id = ?", (resume_id,))

    async def delete_for_candidate(self, candidate_id: str) -> None:
        await self._db.execute("DELETE FROM matches WHERE candidate_id = ?", (candidate_id,))

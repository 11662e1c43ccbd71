"""Matches stored before the migration keying a pair by its job first (MATCH_PAIRS_BY_JOB; the
pair keyed candidate first before it) are read back the same after it, the pair still unique,
the indexes and the weights' view in place, and a job's pairs found through the index keyed job
first."""
from __future__ import annotations

import sqlite3

import pytest

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.matches import SqliteMatchRepository
from adapters.embedded.sqlite.migrations_later import MATCH_PAIRS_BY_JOB
from domain.matches import PartWeights
from domain.matching.weights import PARTS
from tests.integration.old_database import database_before

_EVEN = PartWeights(**dict.fromkeys(PARTS, 0.5))
_COLUMNS = ("id, candidate_id, job_id, resume_id, score, semantic_bp, skills_bp, experience_bp, location_bp,"
            " salary_bp, preferences_bp, scoring_version, weighting, created_us, updated_us")


def _row(match_id: str, candidate_id: str, job_id: str, score: float) -> tuple:
    return (match_id, candidate_id, job_id, f"r-{candidate_id}", score, 6000, 5000, 4000, 3000, 2000, 1000, 2, 1,
            1_700_000_000_000_000, 1_700_000_000_000_001)


def _rows(path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute(f"SELECT rowid, {_COLUMNS} FROM matches ORDER BY id").fetchall()


async def test_stored_matches_are_the_same_after_the_migration_and_pairs_stay_unique(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = await database_before(path, MATCH_PAIRS_BY_JOB)
    await old.close()
    with sqlite3.connect(path) as db:  # parents left out (no foreign keys on this connection)
        db.execute("INSERT INTO match_weightings(id, weights) VALUES (1, ?)", (_EVEN.model_dump_json(),))
        db.executemany(f"INSERT INTO matches({_COLUMNS}) VALUES ({', '.join('?' * 15)})",
                       [_row("m1", "c1", "j1", 0.9), _row("m2", "c2", "j1", 0.8), _row("m3", "c1", "j2", 0.7)])
    before = _rows(path)

    migrated = Database(path)
    await migrated.open()
    try:
        assert _rows(path) == before  # every column, the rowid too
        read = await SqliteMatchRepository(migrated).get_many(["m1", "m2", "m3"])
        assert [m.id if m else None for m in read] == ["m1", "m2", "m3"]
        assert read[0] is not None and read[0].scoring_weights == _EVEN  # the view is back
        indexes = {row[1] for row in await migrated.fetch_all("PRAGMA index_list(matches)")}
        assert {"matches_by_candidate", "matches_by_job", "matches_by_resume", "matches_by_update"} <= indexes
        plan = " ".join(str(row[3]) for row in await migrated.fetch_all(
            "EXPLAIN QUERY PLAN SELECT candidate_id FROM matches WHERE job_id = ? AND candidate_id IN (?, ?)",
            ("j1", "c1", "c2")))
        assert "sqlite_autoindex_matches_2" in plan and "(job_id=? AND candidate_id=?)" in plan
    finally:
        await migrated.close()
    with sqlite3.connect(path) as db, pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        db.execute(f"INSERT INTO matches({_COLUMNS}) VALUES ({', '.join('?' * 15)})", _row("m4", "c1", "j1", 0.1))

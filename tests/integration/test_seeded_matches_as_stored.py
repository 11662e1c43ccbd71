"""The seeded benchmark boards' shortcut for matches (tests/bench/candidates_and_matches.py):
where the store's pruning has nothing to do, rows inserted in bulk are the rows
SqliteMatchRepository.upsert_many stores; where it has, the board is written through it."""
from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

from adapters.embedded.sqlite.database import Database
from domain.matches import MatchRetention
from tests.bench import candidates_and_matches
from tests.bench.candidates_and_matches import store_candidates, store_matches
from tests.bench.seeded_board import add_jobs

_STORED = ("SELECT candidate_id, job_id, resume_id, score, semantic_bp, skills_bp, experience_bp, location_bp,"
           " salary_bp, preferences_bp, scoring_version, scoring_weights, created_us, updated_us FROM matches_with_weights"
           " ORDER BY candidate_id, job_id")


async def _board(path: Path, jobs: int, candidates: int) -> list[tuple[str, str]]:
    database = Database(path)
    await database.open()
    await database.close()
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO organizations(id, name, created_at) VALUES ('org', 'Acme', '2025-12-01')")
    add_jobs(path, jobs, "org", None, random.Random(1))
    return await store_candidates(path, candidates, random.Random(2))


def _rows(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute(_STORED).fetchall()


async def test_the_bulk_rows_are_those_upsert_many_stores_when_nothing_is_pruned(tmp_path, monkeypatch):
    people = await _board(tmp_path / "a.sqlite3", jobs=60, candidates=8)
    for suffix in ("", "-wal", "-shm"):  # the write-ahead log holds what was written last
        if (tmp_path / f"a.sqlite3{suffix}").exists():
            shutil.copy(tmp_path / f"a.sqlite3{suffix}", tmp_path / f"b.sqlite3{suffix}")
    retention = MatchRetention(keep=10)
    await store_matches(tmp_path / "a.sqlite3", people, 5, random.Random(3), retention)
    monkeypatch.setattr(candidates_and_matches, "_nothing_to_prune", lambda by_job, retention: False)
    await store_matches(tmp_path / "b.sqlite3", people, 5, random.Random(3), retention)
    bulk, upserted = _rows(tmp_path / "a.sqlite3"), _rows(tmp_path / "b.sqlite3")
    assert len(bulk) == 8 * 5
    assert bulk == upserted


async def test_a_board_where_a_job_holds_more_than_keep_is_pruned_by_the_store(tmp_path):
    people = await _board(tmp_path / "a.sqlite3", jobs=4, candidates=12)
    await store_matches(tmp_path / "a.sqlite3", people, 3, random.Random(3), MatchRetention(keep=5))
    with sqlite3.connect(tmp_path / "a.sqlite3") as db:
        per_job = [n for (n,) in db.execute("SELECT count(*) FROM matches GROUP BY job_id")]
        announcements = db.execute("SELECT count(*) FROM match_announcements").fetchone()[0]
    assert per_job and max(per_job) == 5  # 12 candidates × 3 of 4 jobs: 9 a job before pruning
    assert announcements == 0

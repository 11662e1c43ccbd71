"""Matches stored when each row carried its weights' JSON read back with the same weights after
the migration that names a weighting by a small integer; a match stored without weights still
has none, and a match written afterwards with the same weights names the same weighting."""
from __future__ import annotations

import sqlite3

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.match_weightings import weighting_ids
from adapters.embedded.sqlite.matches import SqliteMatchRepository
from domain.matches import PartWeights
from domain.matching.weights import PARTS
from tests.integration.old_database import database_before

_WEIGHTINGS_APART = 30
_EVEN = PartWeights(**dict.fromkeys(PARTS, 0.5))
_SKILLED = PartWeights(**{**dict.fromkeys(PARTS, 0.1), "skills": 0.5})


def _old_row(match_id: str, job_id: str, weights: str) -> tuple:
    return (match_id, "c1", job_id, "r1", 0.5, 5000, 5000, 5000, 5000, 5000, 5000, 2, weights, 1, 1)


async def test_stored_weights_are_read_back_the_same_after_the_migration(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = await database_before(path, _WEIGHTINGS_APART)
    await old.close()
    with sqlite3.connect(path) as db:  # the old rows as written then, parents left out (no FKs here)
        db.execute("PRAGMA foreign_keys = OFF")
        db.executemany(
            "INSERT INTO matches(id, candidate_id, job_id, resume_id, score, semantic_bp, skills_bp, experience_bp,"
            " location_bp, salary_bp, preferences_bp, scoring_version, scoring_weights, created_us, updated_us)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [_old_row("m1", "j1", _EVEN.model_dump_json()), _old_row("m2", "j2", _SKILLED.model_dump_json()),
             _old_row("m3", "j3", _EVEN.model_dump_json()), _old_row("m4", "j4", "")])

    migrated = Database(path)
    await migrated.open()
    try:
        matches = SqliteMatchRepository(migrated)
        read = {m.id: m for m in await matches.get_many(["m1", "m2", "m3", "m4"]) if m is not None}
        assert {i: m.scoring_weights for i, m in read.items()} == {"m1": _EVEN, "m2": _SKILLED, "m3": _EVEN, "m4": None}
        columns = {row[1] for row in await migrated.fetch_all("PRAGMA table_info(matches)")}
        assert "weighting" in columns and "scoring_weights" not in columns
        assert len(await migrated.fetch_all("SELECT * FROM match_weightings")) == 2
        # A write afterwards with the same weights names the weighting the migration gave them.
        async with migrated.transaction() as conn:
            ids = await weighting_ids(conn, [_EVEN.model_dump_json(), _SKILLED.model_dump_json()])
        given = {row[0]: row[1] for row in await migrated.fetch_all("SELECT id, weighting FROM matches")}
        assert (ids[_EVEN.model_dump_json()], ids[_SKILLED.model_dump_json()]) == (given["m1"], given["m2"])
        assert given["m3"] == given["m1"] and given["m4"] == 0
    finally:
        await migrated.close()

"""How a match write reaches SQLite: a pair not stored yet is a plain INSERT and a stored pair
an UPDATE (an INSERT ... ON CONFLICT DO UPDATE, with foreign keys on, gets a statement
journal per row and cost twice as much), with the rows an upsert per row leaves: the first
write's id and creation time, the last write's values, also for a pair written twice in one
call; a write sends no statement with nothing to do, and each read is one trip to the
connection's thread."""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import aiosqlite
import pytest

from adapters.embedded.sqlite.database import Database
from domain.clock import new_id
from domain.matches import MatchRetention, PartWeights
from domain.matching.weights import PARTS
from tests.integration.contract.repository_backends import a_match, at
from tests.integration.sqlite_statements import StatementLog, sql_log, traced_db  # noqa: F401
from tests.integration.test_sqlite_match_retention import _jobs, _people, _repositories

_ROW = "SELECT id, score, semantic_bp, resume_id, created_us, updated_us FROM matches WHERE candidate_id = ? AND job_id = ?"


async def _setup(db: Database) -> tuple[SimpleNamespace, list, list]:
    repos = _repositories(db)
    return repos, await _jobs(repos, 2), await _people(repos, 3)


def _writes(statements: list[str]) -> list[str]:
    return [s.split()[0] for s in statements if s.lstrip().upper().startswith(("INSERT INTO MATCHES", "UPDATE MATCHES"))]


async def test_new_pairs_are_inserted_and_stored_pairs_updated_without_an_upsert(traced_db, sql_log):  # noqa: F811
    repos, jobs, people = await _setup(traced_db)
    retention = MatchRetention(keep=10, floor=0.0)
    first = [a_match(person.id, jobs[0].id, resume.id, 0.5) for person, resume in people[:2]]
    statements = sql_log.record()
    await repos.matches.upsert(first, retention)
    assert _writes(statements) == ["INSERT", "INSERT"]
    assert not any("ON CONFLICT" in s.upper() for s in statements if "INTO MATCHES" in s.upper())
    again = [a_match(person.id, jobs[0].id, resume.id, 0.7, minute=5) for person, resume in people]
    statements = sql_log.record()
    new = await repos.matches.upsert(again, retention)
    sql_log.stop()
    # The third person's pair is new; the first two are updated in place.
    assert sorted(_writes(statements)) == ["INSERT", "UPDATE", "UPDATE"]
    assert [m.candidate_id for m in new] == [people[2][0].id]
    for (person, _), before in zip(people, first):
        row = await traced_db.fetch_one(_ROW, (person.id, jobs[0].id))
        assert row is not None
        assert (row["id"], row["score"], row["semantic_bp"], row["updated_us"]) == (
            before.id, 0.7, 7000, (at(5) - at(0)).total_seconds() * 1_000_000 + row["created_us"])
    row = await traced_db.fetch_one(_ROW, (people[2][0].id, jobs[0].id))
    assert row is not None and row["id"] == again[2].id


async def test_a_pair_written_twice_in_one_call_keeps_the_first_id_and_the_last_values(traced_db, sql_log):  # noqa: F811
    repos, jobs, people = await _setup(traced_db)
    person, resume = people[0]
    twice = [a_match(person.id, jobs[1].id, resume.id, 0.4, minute=1),
             a_match(person.id, jobs[1].id, resume.id, 0.9, minute=2)]
    new = await repos.matches.upsert(twice, MatchRetention(keep=10, floor=0.0))
    row = await traced_db.fetch_one(_ROW, (person.id, jobs[1].id))
    assert row is not None
    assert (row["id"], row["score"], row["semantic_bp"]) == (twice[0].id, 0.9, 9000)
    assert row["updated_us"] - row["created_us"] == 60 * 1_000_000
    # As upserts one after the other: the first is reported new (the second's id is not stored).
    assert [m.id for m in new] == [twice[0].id]


def _survivors_reads(statements: list[str]) -> list[str]:
    return [s for s in statements if " ".join(s.split()).upper().startswith("SELECT ID FROM MATCHES WHERE ID IN")]


async def test_a_write_reads_which_of_its_rows_survived_only_when_it_deleted_rows(traced_db, sql_log):  # noqa: F811
    repos, jobs, people = await _setup(traced_db)
    retention = MatchRetention(keep=2, floor=0.0)
    # Three candidates for one job kept to two: pruning the job deletes this write's weakest row.
    crowded = [a_match(person.id, jobs[0].id, resume.id, score) for (person, resume), score
               in zip(people, (0.5, 0.7, 0.6))]
    statements = sql_log.record()
    new = await repos.matches.upsert(crowded, retention)
    sql_log.stop()
    assert len(_survivors_reads(statements)) == 1
    assert sorted(m.id for m in new) == sorted([crowded[1].id, crowded[2].id])
    assert {row[0] for row in await traced_db.fetch_all("SELECT id FROM matches")} == {m.id for m in new}
    # Nothing deleted: the rows inserted are those stored, and reported without a read.
    person, resume = people[0]
    alone = a_match(person.id, jobs[1].id, resume.id, 0.9)
    statements = sql_log.record()
    new = await repos.matches.upsert([alone], retention)
    sql_log.stop()
    assert _survivors_reads(statements) == []
    assert [m.id for m in new] == [alone.id]


async def test_pruning_leaves_each_sides_best_keep_in_list_order_ties_by_id(traced_db):  # noqa: F811
    repos, jobs, people = await _setup(traced_db)
    person, resume = people[0]
    # One candidate, two jobs at the same score: the tie goes to the smaller id.
    tied = sorted([a_match(person.id, job.id, resume.id, 0.5) for job in jobs], key=lambda m: m.id)
    await repos.matches.upsert([tied[1]], MatchRetention(keep=1, floor=0.0))
    new = await repos.matches.upsert([tied[0]], MatchRetention(keep=1, floor=0.0))
    assert [m.id for m in new] == [tied[0].id]
    assert [row[0] for row in await traced_db.fetch_all("SELECT id FROM matches")] == [tied[0].id]


async def test_a_known_weighting_is_read_not_inserted_again(traced_db, sql_log):  # noqa: F811
    repos, jobs, people = await _setup(traced_db)
    retention = MatchRetention(keep=10, floor=0.0)
    weights = a_match(people[0][0].id, jobs[0].id, people[0][1].id, 0.5).model_copy(
        update={"scoring_weights": PartWeights(**dict.fromkeys(PARTS, 0.5))})
    await repos.matches.upsert([weights], retention)
    statements = sql_log.record()
    await repos.matches.upsert([weights.model_copy(update={"id": new_id(), "job_id": jobs[1].id})], retention)
    sql_log.stop()
    assert not [s for s in statements if "INTO MATCH_WEIGHTINGS" in s.upper()]
    rows = await traced_db.fetch_all("SELECT m.weighting, w.id FROM matches m JOIN match_weightings w ON w.id = m.weighting")
    assert len(rows) == 2 and len({row[0] for row in rows}) == 1


async def test_a_jobs_new_matches_are_written_in_few_trips_to_the_connection_thread(db, monkeypatch):
    """Every statement sent, and every fetch, is a trip to the writer's thread and back to the
    event loop (tens of microseconds of CPU each, beside the statement itself)."""
    repos, jobs, people = await _setup(db)
    retention = MatchRetention(keep=10, floor=0.0)
    await repos.matches.upsert([a_match(people[0][0].id, jobs[1].id, people[0][1].id, 0.5)], retention)
    trips: list[str] = []
    for owner, name in ((aiosqlite.Connection, "execute"), (aiosqlite.Connection, "executemany"),
                        (aiosqlite.Connection, "execute_fetchall"), (aiosqlite.Cursor, "fetchall"),
                        (aiosqlite.Cursor, "fetchone")):
        monkeypatch.setattr(owner, name, _counted(getattr(owner, name), name, trips))
    await repos.matches.upsert([a_match(person.id, jobs[0].id, resume.id, 0.5) for person, resume in people],
                               retention)
    monkeypatch.undo()
    assert len(await db.fetch_all("SELECT id FROM matches")) == 4
    # BEGIN, COMMIT and nine for the write: the resumes, the pairs and the candidates' bars
    # read, the weighting read, the insert, the two counts for pruning, the announcement
    # recorded (the survivors are read back only after a write that deleted rows).
    assert len(trips) <= 12, trips


def _counted(method: Callable[..., Any], name: str, trips: list[str]) -> Callable[..., Any]:
    def counted(self, *args, **kwargs):
        trips.append(name)
        return method(self, *args, **kwargs)
    return counted


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = Database(tmp_path / "matches.sqlite3")
    await database.open()
    yield database
    await database.close()

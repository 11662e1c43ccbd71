"""How a match write reaches SQLite: a pair not stored yet is a plain INSERT and a stored pair
an UPDATE (an INSERT ... ON CONFLICT DO UPDATE, with foreign keys on, gets a statement
journal per row and cost twice as much), with the rows an upsert per row leaves: the first
write's id and creation time, the last write's values, also for a pair written twice in one
call."""
from __future__ import annotations

from types import SimpleNamespace

from adapters.embedded.sqlite.database import Database
from domain.matches import MatchRetention
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

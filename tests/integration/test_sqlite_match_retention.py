"""What the embedded store keeps of matches: each candidate's and each job's best K above the
floor, pruned in the same write as the upsert (also when two writers upsert at once, over
two connections to one file), compact rows, and the migration of full-size rows."""
from __future__ import annotations

import asyncio
import json
from types import SimpleNamespace

import pytest

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from adapters.embedded.sqlite.matches import SqliteMatchRepository
from adapters.embedded.sqlite.migrations import MIGRATIONS
from adapters.embedded.sqlite.resumes import SqliteResumeRepository
from adapters.embedded.sqlite.users import SqliteOrganizationRepository, SqliteUserRepository
from domain.matches import MatchRetention
from domain.pagination import PageRequest
from tests.integration.contract.repository_backends import (
    a_candidate,
    a_job,
    a_match,
    a_resume,
    a_user,
    an_employer,
    at,
)
from tests.integration.old_database import add_job_as_before, add_user_as_before


def _repositories(db: Database) -> SimpleNamespace:
    return SimpleNamespace(users=SqliteUserRepository(db), organizations=SqliteOrganizationRepository(db),
                           jobs=SqliteJobRepository(db), resumes=SqliteResumeRepository(db),
                           matches=SqliteMatchRepository(db))


@pytest.fixture
async def db(tmp_path):
    database = Database(tmp_path / "matches.sqlite3")
    await database.open()
    yield database
    await database.close()


async def _jobs(repos, n: int) -> list:
    _, acme = await an_employer(repos)
    jobs = [a_job(acme.id, minute=i) for i in range(n)]
    for job in jobs:
        await repos.jobs.add(job)
    return jobs


async def _people(repos, n: int) -> list:
    people = []
    for _ in range(n):
        person = await a_candidate(repos)
        resume = a_resume(person.id)
        await repos.resumes.add(resume, max_per_owner=5)
        people.append((person, resume))
    return people


async def _stored(db: Database, column: str, value: str) -> list[tuple[str, float]]:
    rows = await db.fetch_all(f"SELECT job_id, candidate_id, score FROM matches WHERE {column} = ?"
                              " ORDER BY score DESC", (value,))
    return [(row["job_id"] if column == "candidate_id" else row["candidate_id"], row["score"]) for row in rows]


async def test_a_candidate_keeps_its_best_k_jobs_and_only_the_kept_are_new(db):
    repos = _repositories(db)
    jobs = await _jobs(repos, 6)
    ((person, resume),) = await _people(repos, 1)
    keep3 = MatchRetention(keep=3)
    first = [a_match(person.id, j.id, resume.id, s) for j, s in zip(jobs[:3], (0.5, 0.6, 0.7))]
    assert await repos.matches.upsert(first, keep3) == first
    better = [a_match(person.id, j.id, resume.id, s) for j, s in zip(jobs[3:], (0.9, 0.55, 0.4))]
    new = await repos.matches.upsert(better, keep3)
    assert [m.score for m in new] == [0.9]  # 0.55 and 0.4 were pruned in the same write
    assert await _stored(db, "candidate_id", person.id) == [(jobs[3].id, 0.9), (jobs[2].id, 0.7),
                                                            (jobs[1].id, 0.6)]


async def test_a_job_keeps_its_best_k_candidates(db):
    repos = _repositories(db)
    (job,) = await _jobs(repos, 1)
    people = await _people(repos, 5)
    scores = (0.3, 0.8, 0.5, 0.9, 0.7)
    for (person, resume), score in zip(people, scores):  # one candidate at a time, as resumes arrive
        await repos.matches.upsert([a_match(person.id, job.id, resume.id, score)], MatchRetention(keep=2))
    assert [s for _, s in await _stored(db, "job_id", job.id)] == [0.9, 0.8]


async def test_below_the_floor_is_not_stored_and_a_rescored_pair_below_it_is_dropped(db):
    repos = _repositories(db)
    jobs = await _jobs(repos, 2)
    ((person, resume),) = await _people(repos, 1)
    floor = MatchRetention(keep=10, floor=0.5)
    await repos.matches.upsert([a_match(person.id, jobs[0].id, resume.id, 0.8),
                                a_match(person.id, jobs[1].id, resume.id, 0.2)], floor)
    assert await _stored(db, "candidate_id", person.id) == [(jobs[0].id, 0.8)]
    assert await repos.matches.upsert([a_match(person.id, jobs[0].id, resume.id, 0.45)], floor) == []
    assert await _stored(db, "candidate_id", person.id) == []


async def test_two_writers_upserting_for_one_candidate_at_once_leave_exactly_the_best_k(tmp_path):
    """Two Database objects (two writer connections to one file), as two processes would have."""
    first, second = Database(tmp_path / "race.sqlite3"), Database(tmp_path / "race.sqlite3")
    await first.open()
    await second.open()
    try:
        repos = _repositories(first)
        jobs = await _jobs(repos, 40)
        ((person, resume),) = await _people(repos, 1)
        scores = [round(0.01 + i / 50, 4) for i in range(40)]
        batches = [[a_match(person.id, j.id, resume.id, s) for j, s in zip(jobs[i::2], scores[i::2])]
                   for i in (0, 1)]
        for _ in range(5):
            await asyncio.gather(*(
                SqliteMatchRepository(db).upsert(batch, MatchRetention(keep=7))
                for db, batch in zip((first, second), batches)))
            stored = await _stored(first, "candidate_id", person.id)
            assert sorted(s for _, s in stored) == sorted(scores)[-7:]
            await first.execute("DELETE FROM matches")
    finally:
        await first.close()
        await second.close()


async def test_a_stored_match_reads_back_with_the_same_numbers_and_a_compact_row(db):
    repos = _repositories(db)
    (job,) = await _jobs(repos, 1)
    ((person, resume),) = await _people(repos, 1)
    match = a_match(person.id, job.id, resume.id, 0.8123, minute=7.000001)
    await repos.matches.upsert([match])
    (stored,) = await repos.matches.get_many([match.id])
    assert stored == match
    (size,) = await db.fetch_one(
        "SELECT length(id)+length(candidate_id)+length(job_id)+length(resume_id)+8+5*2+1+2*8 FROM matches")
    assert size < 200  # four 32-character ids and ~35 bytes of numbers; it was ~1.2 KiB


async def test_the_migration_compacts_full_rows_exactly_and_prunes_to_the_best_100(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = Database(path, migrations=[m for m in MIGRATIONS if m[0] < 12])
    await old.open()
    repos = _repositories(old)
    # Written as before migration 39 (an older organizations table has no name_key).
    await old.execute("INSERT INTO organizations(id, name, created_at) VALUES ('acme', 'Acme', '2024-03-01')")
    jobs = [a_job("acme", minute=i) for i in range(105)]
    for job in jobs:
        await add_job_as_before(old, job)
    person = a_user()
    await add_user_as_before(old, person)  # as before migration 41 (no organization_role column)
    resume = a_resume(person.id)
    await repos.resumes.add(resume, max_per_owner=5)
    breakdown = {"semantic": 0.6123, "skills": 0.5, "experience": 1.0, "location": 0.0, "salary": 0.25}
    created = "2024-03-01T09:00:00.123456+00:00"
    async with old.transaction() as conn:
        await conn.executemany(
        "INSERT INTO matches(id, candidate_id, job_id, resume_id, score, breakdown, matched_skills,"
        " missing_skills, explanation, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(f"m{i:03}", person.id, job.id, resume.id, i / 200, json.dumps(breakdown), '["Python"]', '["Go"]',
          "Has the required skill." * 20, created, "2024-03-02T10:00:00.000001+00:00")
         for i, job in enumerate(jobs)])
    await old.close()

    migrated = Database(path)
    await migrated.open()
    try:
        (page,) = await SqliteMatchRepository(migrated).by_candidates([person.id], None, PageRequest(first=100))
        assert page.total == 100 and page.items[-1].id == "m005"
        best = page.items[0]
        assert (best.id, best.score, best.breakdown.model_dump(), best.created_at, best.updated_at) == (
            # A part added to the score later (preferences) reads as neutral on old rows.
            "m104", 104 / 200, {**breakdown, "preferences": 0.5}, at(0).replace(microsecond=123456),
            at(0).replace(day=2, hour=10, microsecond=1))
    finally:
        await migrated.close()

"""Candidates, their parsed resumes and their stored matches for a seeded board
(tests/bench/seeded_board.py), written through the SQLite repositories the services use, so
that the rows are those production stores: users by SqliteUserRepository.add, resumes by
SqliteResumeRepository.add then set_status(PARSED, parsed), matches by
SqliteMatchRepository.upsert_many (one batch per job, as a job's matching writes it, pruned by
the store to each side's best `MatchRetention.keep`). Where that pruning has nothing to do (no
job and no candidate is given more than `keep` pairs: 100,000 jobs and 10,000 candidates of
100 pairs each give a job ~10), the rows are those upsert_many would store, made by the
repository's own to_row and inserted 100,000 to a transaction (checked per board).

What is not production's: the password hash is computed once and shared (Argon2 costs tens of
milliseconds a candidate; the row is the same shape, and these candidates never sign in); the
scores are drawn at random rather than computed by the model (reads cost the same for any
score); no work is queued for the matching the stored rows stand for; and the match
announcements each write records are taken as delivered (deleted, as the relay's
announcements_done does), since no relay runs here. The connections keep a page cache of
1 GiB instead of SQLite's 2 MiB (a cache changes no row; without it a million inserts into
the indexes of matches read their pages again and again).
"""
from __future__ import annotations

import random
import sys
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

import aiosqlite

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.match_rows import COLUMNS, to_row, weights_jsons
from adapters.embedded.sqlite.match_weightings import weighting_ids
from adapters.embedded.sqlite.matches import SqliteMatchRepository
from adapters.embedded.sqlite.resumes import SqliteResumeRepository
from adapters.embedded.sqlite.rows import placeholders
from adapters.embedded.sqlite.users import SqliteUserRepository
from domain.clock import new_id
from domain.matches import Match, MatchRetention, ScoreBreakdown
from domain.matching.scoring import SCORING_VERSION
from domain.matching.weights import PARTS
from domain.resumes import Resume, ResumeStatus
from domain.users import Role, User
from gateway.auth.passwords import Argon2PasswordHasher

try:
    from tests.bench.seeded_board import START, a_parsed_resume
except ImportError:  # run by path: this directory is on sys.path
    from seeded_board import START, a_parsed_resume  # type: ignore[no-redef]


async def _with_a_large_cache(path, **options):
    conn = await aiosqlite.connect(path, **options)
    await conn.execute("PRAGMA cache_size = -1048576")
    return conn


def _database(path: Path) -> Database:
    return Database(path, connect=_with_a_large_cache)


async def store_candidates(path: Path, count: int, rng: random.Random) -> list[tuple[str, str]]:
    """`count` candidates, each with one parsed resume: (user id, resume id)."""
    shared_hash = Argon2PasswordHasher().hash("a candidate's password")
    db = _database(path)
    await db.open()
    users, resumes = SqliteUserRepository(db), SqliteResumeRepository(db)
    people = []
    try:
        for n in range(count):
            at = START + timedelta(seconds=n)
            user = User(id=new_id(), email=f"candidate{n}@example.com", name=f"Candidate {n}", role=Role.CANDIDATE,
                        password_hash=shared_hash, email_verified=True, created_at=at)
            await users.add(user)
            resume = Resume(id=new_id(), owner_id=user.id, filename="cv.txt", content_type="text/plain",
                            size_bytes=rng.randint(2_000, 9_000), sha256=f"{rng.getrandbits(256):064x}", uploaded_at=at)
            await resumes.add(resume, max_per_owner=5)
            await resumes.set_status(resume.id, ResumeStatus.PARSED, parsed=a_parsed_resume(rng))
            people.append((user.id, resume.id))
            if (n + 1) % 1_000 == 0:
                print(f"# {n + 1:,} candidates stored", file=sys.stderr, flush=True)
    finally:
        await db.close()
    return people


async def store_matches(path: Path, people: list[tuple[str, str]], per_candidate: int, rng: random.Random,
                        retention: MatchRetention = MatchRetention()) -> None:
    """Each candidate paired with `per_candidate` jobs drawn at random (open or closed), on a
    board with no matches yet."""
    db = _database(path)
    await db.open()
    try:
        job_ids = [row[0] for row in await db.fetch_all("SELECT id FROM jobs")]
        # Drawn as plain tuples (a million Match models would take gigabytes), made into
        # matches a slice of jobs at a time.
        by_job: dict[str, list[tuple]] = defaultdict(list)
        for user, resume in people:
            for job in rng.sample(job_ids, min(per_candidate, len(job_ids))):
                by_job[job].append((user, resume, round(rng.uniform(0.3, 0.95), 6),
                                    [rng.randint(0, 10_000) for _ in PARTS]))
        if _nothing_to_prune(by_job, retention):
            await _insert_as_stored(db, by_job)
        else:
            await _upsert_job_by_job(db, by_job, retention)
        # Delivered: what the relay's announcements_done does once they are sent.
        await db.execute("DELETE FROM match_announcements")
    finally:
        await db.close()


def _nothing_to_prune(by_job: dict[str, list[tuple]], retention: MatchRetention) -> bool:
    """Whether upsert_many would keep every pair as given: no job and no candidate holds more
    than `keep` pairs (on a board that starts with no matches), none scores below the floor."""
    per_candidate: dict[str, int] = defaultdict(int)
    for pairs in by_job.values():
        if len(pairs) > retention.keep:
            return False
        for user, _, score, _ in pairs:
            per_candidate[user] += 1
            if score < retention.floor:
                return False
    return max(per_candidate.values(), default=0) <= retention.keep


def _match(job: str, user: str, resume: str, score: float, parts: list[int]) -> Match:
    return Match(id=new_id(), candidate_id=user, job_id=job, resume_id=resume, score=score,
                 breakdown=ScoreBreakdown(**{p: bp / 10_000 for p, bp in zip(PARTS, parts, strict=True)}),
                 scoring_version=SCORING_VERSION, created_at=START, updated_at=START)


async def _upsert_job_by_job(db: Database, by_job: dict[str, list[tuple]], retention: MatchRetention) -> None:
    repository = SqliteMatchRepository(db)
    jobs = list(by_job)
    for first in range(0, len(jobs), 2_000):
        batches = [[_match(job, *pair) for pair in by_job.pop(job)] for job in jobs[first:first + 2_000]]
        for outcome in await repository.upsert_many(batches, retention):
            if isinstance(outcome, Exception):
                raise outcome
        print(f"# matches of {min(first + 2_000, len(jobs)):,} of {len(jobs):,} jobs stored",
              file=sys.stderr, flush=True)


async def _insert_as_stored(db: Database, by_job: dict[str, list[tuple]]) -> None:
    """The rows upsert_many would store when it prunes nothing (_nothing_to_prune), made by
    the repository's own to_row, 100,000 to a transaction: a job's write costs ~10 trips
    to the connection's thread, which on a busy machine made 100,000 jobs' writes take an hour."""
    matches = [_match(job, *pair) for job, pairs in by_job.items() for pair in pairs]
    async with db.transaction() as conn:
        jsons = weights_jsons(matches)
        weightings = await weighting_ids(conn, jsons)
    rows = [to_row(m, weightings[j] if j else 0) for m, j in zip(matches, jsons)]
    for first in range(0, len(rows), 100_000):
        async with db.transaction() as conn:
            await conn.executemany(
                f"INSERT INTO matches({', '.join(COLUMNS)}) VALUES ({placeholders(len(COLUMNS))})",
                rows[first:first + 100_000])
        print(f"# {min(first + 100_000, len(rows)):,} of {len(rows):,} matches stored", file=sys.stderr, flush=True)

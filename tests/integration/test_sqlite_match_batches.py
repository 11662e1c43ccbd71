"""Several jobs' matches written by one upsert_many (the job batch's write) leave the store as
the same upserts one after another do: the same rows, each side pruned to its best `keep`
above the floor, the same matches reported new; across more rows than one transaction holds
(several transactions), and with rows of one batch below the floor."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

import adapters.embedded.sqlite.matches as matches_module
from adapters.embedded.sqlite.database import Database
from domain.matches import MatchRetention
from tests.integration.contract.repository_backends import a_match
from tests.integration.test_sqlite_match_retention import _jobs, _people, _repositories


async def _filled(path: Path, seed: int):
    """The same people, jobs and batches of matches for the same seed."""
    db = Database(path)
    await db.open()
    repos = _repositories(db)
    rng = random.Random(seed)
    jobs = await _jobs(repos, 8)
    people = await _people(repos, 12)
    batches = []
    for j, job in enumerate(jobs):
        chosen = rng.sample(range(len(people)), rng.randint(0, 12))
        # Match ids settle equal scores when pruning: the same in both stores.
        batches.append([a_match(people[p][0].id, job.id, people[p][1].id, rng.choice([0.1, 0.3, 0.5, 0.5, 0.8]))
                        .model_copy(update={"id": f"m{j:02d}-{p:02d}"}) for p in chosen])
    names = {job.id: f"job{n}" for n, job in enumerate(jobs)} | {
        person.id: f"person{n}" for n, (person, _) in enumerate(people)}
    return db, repos, batches, names


async def _table(db: Database, names: dict[str, str]) -> list[tuple]:
    rows = await db.fetch_all("SELECT id, candidate_id, job_id, score FROM matches")
    return sorted((row[0], names[row[1]], names[row[2]], row[3]) for row in rows)


@pytest.mark.parametrize("seed", range(6))
async def test_one_write_of_many_jobs_stores_what_their_writes_one_by_one_store(tmp_path: Path, seed: int, monkeypatch):
    retention = MatchRetention(keep=4, floor=0.25)
    monkeypatch.setattr(matches_module, "_ROWS_PER_WRITE", 20)  # several transactions
    one_by_one, repos, batches, _ = await _filled(tmp_path / "one.sqlite3", seed)
    try:
        new_one_by_one = [await repos.matches.upsert(batch, retention) for batch in batches]
        expected = await _table(one_by_one, _)
    finally:
        await one_by_one.close()
    together, repos, batches, names = await _filled(tmp_path / "many.sqlite3", seed)
    try:
        new_together = await repos.matches.upsert_many(batches, retention)
        assert await _table(together, names) == expected
    finally:
        await together.close()
    assert any(len(batch) > retention.keep for batch in batches), "nothing to prune"
    assert len(expected) < sum(len(batch) for batch in batches), "nothing was pruned or dropped"
    assert [sorted(m.id for m in new) for new in new_together] == [sorted(m.id for m in new) for new in new_one_by_one]


def _reference(rows: dict[tuple[str, str], tuple[str, float]], batch, retention: MatchRetention) -> None:
    """What an upsert leaves, in plain Python: the pairs at or above the floor written, those
    below deleted, then each touched candidate and then each touched job cut to its best
    `keep` (score, then id)."""
    kept = [m for m in batch if m.score >= retention.floor]
    for m in kept:
        previous = rows.get((m.candidate_id, m.job_id))
        rows[(m.candidate_id, m.job_id)] = (previous[0] if previous else m.id, m.score)
    for m in batch:
        if m.score < retention.floor:
            rows.pop((m.candidate_id, m.job_id), None)
    for side in (0, 1):
        for value in {(m.candidate_id, m.job_id)[side] for m in kept}:
            mine = sorted((pair for pair in rows if pair[side] == value), key=lambda p: (-rows[p][1], rows[p][0]))
            for pair in mine[retention.keep:]:
                del rows[pair]


@pytest.mark.parametrize("seed", range(6))
async def test_one_job_writes_leave_what_writing_and_pruning_everything_leaves(tmp_path: Path, seed: int):
    """Rows a candidate's ranking already outranks are not written at all (kept_rows and
    _without_the_outranked): the store still holds exactly what writing every row and then
    pruning holds, over jobs matched again with new scores and rows falling below the floor."""
    retention = MatchRetention(keep=3, floor=0.25)
    db, repos, _, names = await _filled(tmp_path / "one.sqlite3", seed)
    rng = random.Random(seed)
    jobs = sorted({n: i for i, n in names.items() if n.startswith("job")}.items())
    people = await db.fetch_all("SELECT u.id, r.id FROM users u JOIN resumes r ON r.owner_id = u.id")
    expected: dict[tuple[str, str], tuple[str, float]] = {}
    try:
        for step in range(30):
            _, job_id = rng.choice(jobs)
            batch = [a_match(person, job_id, resume, rng.choice([0.1, 0.3, 0.5, 0.5, 0.7, 0.9]))
                     .model_copy(update={"id": f"m{step:02d}-{n:02d}"})
                     for n, (person, resume) in enumerate(rng.sample(people, rng.randint(1, len(people))))]
            await repos.matches.upsert(batch, retention)
            _reference(expected, batch, retention)
            stored = await db.fetch_all("SELECT candidate_id, job_id, score FROM matches")
            assert {(row[0], row[1]): row[2] for row in stored} == {pair: v[1] for pair, v in expected.items()}
    finally:
        await db.close()


async def test_a_transaction_lost_whole_fails_its_own_jobs_and_no_others(tmp_path: Path, monkeypatch):
    """Should SQLite roll a whole transaction back (a full disk, say: simulated here by ending
    the transaction under one job's write, so its savepoint is gone), the jobs of that
    transaction fail, and those written by the transactions before and after it are reported
    as written, as they are."""
    retention = MatchRetention(keep=100, floor=0.0)
    monkeypatch.setattr(matches_module, "_ROWS_PER_WRITE", 1)  # a transaction per job
    db, repos, batches, _ = await _filled(tmp_path / "lost.sqlite3", 3)
    batches = [batch for batch in batches if batch][:3]
    doomed = batches[1][0].job_id
    real_upsert = matches_module._upsert

    async def aborting(conn, matches, kept_retention):
        if matches[0].job_id == doomed:
            await conn.execute("ROLLBACK")
            raise OSError("disk full (injected)")
        return await real_upsert(conn, matches, kept_retention)

    monkeypatch.setattr(matches_module, "_upsert", aborting)
    try:
        results = await repos.matches.upsert_many(batches, retention)
        stored = {row[0] for row in await db.fetch_all("SELECT DISTINCT job_id FROM matches")}
    finally:
        await db.close()
    assert [type(r) for r in results] == [list, OSError, list]
    assert stored == {batches[0][0].job_id, batches[2][0].job_id}
    assert [len(r) for r in (results[0], results[2])] == [len(batches[0]), len(batches[2])]

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

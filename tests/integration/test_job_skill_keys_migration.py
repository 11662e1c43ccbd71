"""Jobs stored before job skills were indexed by key are found by the skills filter after
the migration: job_skills is rebuilt from each job's required skills."""
from __future__ import annotations

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from adapters.embedded.sqlite.migrations import MIGRATIONS
from domain.jobs import JobFilter
from domain.pagination import PageRequest
from tests.integration.contract.repository_backends import a_job
from tests.integration.old_database import add_job_as_before

_KEYED = 13


async def test_the_migration_rebuilds_job_skills_from_the_spellings_as_written(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = Database(path, migrations=[m for m in MIGRATIONS if m[0] < _KEYED])
    await old.open()
    await old.execute("INSERT INTO organizations(id, name, created_at) VALUES ('o1', 'Acme', '2026-01-01')")
    job = a_job("o1", required_skills=["BLS", "Node.js", "Forklift licence"])
    await add_job_as_before(old, job)
    # As the earlier code wrote them: the spellings themselves.
    await old.execute("DELETE FROM job_skills")
    for written in job.required_skills:
        await old.execute("INSERT INTO job_skills(job_id, skill) VALUES (?, ?)", (job.id, written))
    await old.close()

    migrated = Database(path)
    await migrated.open()
    try:
        rows = await migrated.fetch_all("SELECT skill FROM job_skills WHERE job_id = ? ORDER BY skill", (job.id,))
        assert [r[0] for r in rows] == ["bls", "forklift licence", "node js"]
        wanted = JobFilter(skill_spellings=[frozenset({"node js"}), frozenset({"bls", "basic life support bls"})])
        page = await SqliteJobRepository(migrated).search(None, wanted, PageRequest())
        assert [j.id for j in page.items] == [job.id]
    finally:
        await migrated.close()

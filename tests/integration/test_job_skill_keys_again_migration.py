"""Jobs stored before a job's skills were indexed under the names inside an entry ("HACCP
Level 2" under HACCP) and under each alternative ("ACCA or CIMA") are keyed again by the
migration, so the skills filter finds them as it finds a job written today."""
from __future__ import annotations

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from adapters.embedded.sqlite.migrations import MIGRATIONS
from domain.job_skill_keys import skill_key, skill_keys
from domain.jobs import JobFilter
from domain.pagination import PageRequest
from tests.integration.contract.repository_backends import a_job
from tests.integration.old_database import add_job_as_before

_KEYED_AGAIN = 42


async def test_old_jobs_are_keyed_under_inner_names_and_alternatives(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = Database(path, migrations=[m for m in MIGRATIONS if m[0] < _KEYED_AGAIN])
    await old.open()
    await old.execute("INSERT INTO organizations(id, name, created_at) VALUES ('o1', 'Acme', '2026-01-01')")
    chef = a_job("o1", required_skills=["HACCP Level 2", "Stock control"])
    accountant = a_job("o1", required_skills=["ACCA or CIMA"])
    for job in (chef, accountant):
        await add_job_as_before(old, job)
        # As the earlier code keyed them: each entry whole.
        await old.execute("DELETE FROM job_skills WHERE job_id = ?", (job.id,))
        for written in job.required_skills:
            await old.execute("INSERT INTO job_skills(job_id, skill) VALUES (?, ?)", (job.id, skill_key(written)))
    await old.close()

    migrated = Database(path)
    await migrated.open()
    try:
        for job in (chef, accountant):
            rows = await migrated.fetch_all("SELECT skill FROM job_skills WHERE job_id = ? ORDER BY skill", (job.id,))
            assert [r[0] for r in rows] == skill_keys(job.required_skills)
        repository = SqliteJobRepository(migrated)
        for asked, found in (("haccp", chef), ("cima", accountant), ("acca", accountant)):
            page = await repository.search(None, JobFilter(skill_spellings=[frozenset({asked})]), PageRequest())
            assert [j.id for j in page.items] == [found.id], asked
    finally:
        await migrated.close()

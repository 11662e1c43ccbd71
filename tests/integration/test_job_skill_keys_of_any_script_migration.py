"""Jobs stored while skill keys were cut at letters outside ASCII ("Électricité" keyed as
"lectricit") are keyed again by the migration, so the skills filter finds them by the name
with or without its accents, as it finds a job written today (invented jobs)."""
from __future__ import annotations

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from adapters.embedded.sqlite.migrations import MIGRATIONS
from domain.job_skill_keys import skill_keys
from domain.jobs import JobFilter
from domain.pagination import PageRequest
from tests.integration.contract.repository_backends import a_job
from tests.integration.old_database import add_job_as_before

_KEYED_AGAIN = 54


async def test_old_jobs_are_keyed_again_with_whole_words(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = Database(path, migrations=[m for m in MIGRATIONS if m[0] < _KEYED_AGAIN])
    await old.open()
    await old.execute("INSERT INTO organizations(id, name, created_at) VALUES ('o1', 'Acme', '2026-01-01')")
    electrician = a_job("o1", required_skills=["Électricité bâtiment", "Habilitation électrique"])
    welder = a_job("o1", required_skills=["Spawanie MIG/MAG"])
    for job in (electrician, welder):
        await add_job_as_before(old, job)
        # As the earlier code keyed them: words cut at every letter outside ASCII.
        await old.execute("DELETE FROM job_skills WHERE job_id = ?", (job.id,))
        for cut in {"electrician": ["lectricit b timent", "habilitation lectrique"],
                    "welder": ["spawanie mig mag"]}["electrician" if job is electrician else "welder"]:
            await old.execute("INSERT INTO job_skills(job_id, skill) VALUES (?, ?)", (job.id, cut))
    await old.close()

    migrated = Database(path)
    await migrated.open()
    try:
        for job in (electrician, welder):
            rows = await migrated.fetch_all("SELECT skill FROM job_skills WHERE job_id = ? ORDER BY skill", (job.id,))
            assert [r[0] for r in rows] == skill_keys(job.required_skills)
        repository = SqliteJobRepository(migrated)
        for asked, found in (("electricite batiment", electrician), ("habilitation electrique", electrician),
                             ("spawanie mig mag", welder)):
            page = await repository.search(None, JobFilter(skill_spellings=[frozenset({asked})]), PageRequest())
            assert [j.id for j in page.items] == [found.id], asked
    finally:
        await migrated.close()

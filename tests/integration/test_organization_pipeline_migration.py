"""Applications stored before migration 47 are in their organization's pipeline after it: the
organization is filled from each application's job, and the pipeline's index serves the read."""
from __future__ import annotations

from adapters.embedded.sqlite.applications import SqliteApplicationRepository
from adapters.embedded.sqlite.database import Database
from domain.applications import PipelineFilter
from domain.pagination import PageRequest
from tests.integration.contract.repository_backends import a_job, an_application
from tests.integration.old_database import add_application_as_before, add_job_as_before, database_before

_ORGANIZATION_PIPELINE = 47


async def test_applications_stored_before_are_in_their_organizations_pipeline(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = await database_before(path, _ORGANIZATION_PIPELINE)
    jobs = [a_job("o1", minute=0), a_job("o1", minute=1)]
    applications = []
    for n, job in enumerate(jobs * 2):
        if n < len(jobs):
            await add_job_as_before(old, job)
        application, event = an_application(job.id, None, minute=n)
        await add_application_as_before(old, application, event)
        applications.append(application)
    await old.close()

    migrated = Database(path)
    await migrated.open()
    try:
        repository = SqliteApplicationRepository(migrated)
        (page,) = await repository.by_organizations(["o1"], PipelineFilter(), PageRequest(first=10))
        assert [a.id for a in page.items] == [a.id for a in reversed(applications)]
        plan = await migrated.fetch_all(
            "EXPLAIN QUERY PLAN SELECT * FROM applications WHERE organization_id = ?"
            " ORDER BY updated_at DESC, id DESC LIMIT 3", ("o1",))
        assert any("applications_by_organization" in row[3] for row in plan), [tuple(r) for r in plan]
        assert not any("TEMP B-TREE" in row[3] for row in plan), [tuple(r) for r in plan]
    finally:
        await migrated.close()

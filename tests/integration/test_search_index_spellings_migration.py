"""Jobs indexed before punctuated skill names were spelled as one word ("C++" indexed as "c")
are found by a search for that skill after the migration re-spells the index in place."""
from __future__ import annotations

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from adapters.embedded.sqlite.migrations import MIGRATIONS
from domain.jobs import JobFilter
from domain.pagination import PageRequest
from tests.integration.contract.repository_backends import a_job
from tests.integration.old_database import add_job_as_before

_RESPELLED = next(v for v, statements in MIGRATIONS if any("searchable_text(" in s for s in statements))


async def test_the_migration_respells_jobs_indexed_before_it(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = Database(path, migrations=[m for m in MIGRATIONS if m[0] < _RESPELLED])
    await old.open()
    await old.execute("INSERT INTO organizations(id, name, created_at) VALUES ('o1', 'Acme', '2026-01-01')")
    cpp = a_job("o1", title="C++ Developer", description="Low-latency C++ on Linux.")
    chef = a_job("o1", title="Chef", description="Cook and clean.")
    for job in (cpp, chef):
        await add_job_as_before(old, job)
    # As the earlier code indexed them: the text as written.
    await old.execute("UPDATE jobs_fts SET title = (SELECT title FROM jobs WHERE jobs.rowid = jobs_fts.rowid),"
                      " description = (SELECT description FROM jobs WHERE jobs.rowid = jobs_fts.rowid)")
    await old.close()

    migrated = Database(path)
    await migrated.open()
    try:
        page = await SqliteJobRepository(migrated).search("c++", JobFilter(), PageRequest())
        assert [j.id for j in page.items] == [cpp.id]
        page = await SqliteJobRepository(migrated).search("cook", JobFilter(), PageRequest())
        assert [j.id for j in page.items] == [chef.id]
    finally:
        await migrated.close()

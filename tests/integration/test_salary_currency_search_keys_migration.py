"""Jobs stored before the search rows carried the salary's currency are found by a salary
filter in their currency after the migration, and not by one in another currency."""
from __future__ import annotations

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from domain.jobs import JobFilter, SalaryRange
from domain.pagination import PageRequest
from tests.integration.contract.repository_backends import a_job
from tests.integration.old_database import add_job_as_before, database_before

_CURRENCY_KEPT = 28


async def test_jobs_stored_before_are_filtered_in_their_own_currency(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = await database_before(path, _CURRENCY_KEPT)
    rupees = a_job("o1", salary=SalaryRange(min=900_000, max=1_200_000, currency="INR"))
    await add_job_as_before(old, rupees)
    await old.close()

    migrated = Database(path)
    await migrated.open()
    try:
        jobs = SqliteJobRepository(migrated)
        in_dollars = await jobs.search(None, JobFilter(min_salary=65_000, salary_currency="USD"), PageRequest())
        assert in_dollars.items == []
        in_rupees = await jobs.search(None, JobFilter(min_salary=1_000_000, salary_currency="INR"), PageRequest())
        assert [j.id for j in in_rupees.items] == [rupees.id]
        # Written after the migration: the triggers keep the currency too.
        euros = a_job("o1", salary=SalaryRange(min=50_000, currency="EUR"))
        await jobs.add(euros)
        in_euros = await jobs.search(None, JobFilter(salary_currency="EUR"), PageRequest())
        assert [j.id for j in in_euros.items] == [euros.id]
    finally:
        await migrated.close()

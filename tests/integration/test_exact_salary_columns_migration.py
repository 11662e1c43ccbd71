"""Jobs stored before exact amounts were kept (migration 51) read back unchanged (whole
amounts) and are filtered on their exact yearly pay once migrated; exact amounts written after
survive a restart of the database."""
from __future__ import annotations

from decimal import Decimal

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from domain.jobs import JobFilter, SalaryPeriod, SalaryRange
from domain.pagination import PageRequest
from tests.integration.contract.repository_backends import a_job
from tests.integration.old_database import add_job_as_before, database_before

_EXACT_AMOUNTS_KEPT = 51


async def test_jobs_stored_before_read_unchanged_and_exact_ones_survive_a_restart(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = await database_before(path, _EXACT_AMOUNTS_KEPT)
    hourly = a_job("o1", minute=1, salary=SalaryRange(min=12, max=14, currency="GBP", period=SalaryPeriod.HOUR))
    await add_job_as_before(old, hourly)
    await old.execute("UPDATE jobs SET salary_period = 'HOUR' WHERE id = ?", (hourly.id,))
    await old.close()

    migrated = Database(path)
    await migrated.open()
    try:
        jobs = SqliteJobRepository(migrated)
        assert await jobs.get_many([hourly.id]) == [hourly]
        gbp = JobFilter(salary_currency="GBP", min_salary=Decimal("14"), salary_period=SalaryPeriod.HOUR)
        assert [j.id for j in (await jobs.search(None, gbp, PageRequest())).items] == [hourly.id]
        exact = a_job("o1", minute=2, salary=SalaryRange(min=Decimal("12.60"), max=Decimal("14.35"), currency="GBP",
                                                         period=SalaryPeriod.HOUR))
        await jobs.add(exact)
    finally:
        await migrated.close()

    reopened = Database(path)
    await reopened.open()
    try:
        jobs = SqliteJobRepository(reopened)
        (read,) = await jobs.get_many([exact.id])
        assert (str(read.salary.min), str(read.salary.max)) == ("12.60", "14.35")
        above_14 = JobFilter(salary_currency="GBP", min_salary=Decimal("14.01"), salary_period=SalaryPeriod.HOUR)
        assert [j.id for j in (await jobs.search(None, above_14, PageRequest())).items] == [exact.id]
    finally:
        await reopened.close()

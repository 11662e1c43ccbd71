"""Jobs stored before the search rows carried a yearly salary (migration 33) are filtered on
what they pay in a year once migrated: hourly and monthly rows are backfilled, rows from before
salaries had periods count as yearly, and rows written after keep it through the triggers."""
from __future__ import annotations

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from domain.jobs import JobFilter, SalaryPeriod, SalaryRange
from domain.pagination import PageRequest
from tests.integration.contract.repository_backends import a_job
from tests.integration.old_database import add_job_as_before, database_before

_YEARLY_SALARY_KEPT = 33


async def test_jobs_stored_before_are_filtered_on_their_yearly_pay(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = await database_before(path, _YEARLY_SALARY_KEPT)
    hourly = a_job("o1", minute=1, title="Care assistant", salary=SalaryRange(min=30, period=SalaryPeriod.HOUR))
    monthly = a_job("o1", minute=2, title="Care assistant", salary=SalaryRange(min=3_000, period=SalaryPeriod.MONTH))
    before_periods = a_job("o1", minute=3, title="Care assistant", salary=SalaryRange(min=55_000))
    for job in (hourly, monthly, before_periods):
        await add_job_as_before(old, job)
    # Periods as the code between migrations 31 and 33 stored them; the oldest row has none.
    for job in (hourly, monthly):
        await old.execute("UPDATE jobs SET salary_period = ? WHERE id = ?", (job.salary.period.value, job.id))
    await old.close()

    migrated = Database(path)
    await migrated.open()
    try:
        jobs = SqliteJobRepository(migrated)
        a_year = JobFilter(min_salary=50_000, salary_currency="USD")
        listed = await jobs.search(None, a_year, PageRequest())
        assert [j.id for j in listed.items] == [before_periods.id, hourly.id]
        ranked = await jobs.search("care assistant", a_year, PageRequest())
        assert {j.id for j in ranked.items} == {before_periods.id, hourly.id}
        # Written after the migration: the triggers keep the yearly amount too.
        weekly = a_job("o1", minute=4, salary=SalaryRange(min=1_000, period=SalaryPeriod.WEEK))  # 52,000 a year
        await jobs.add(weekly)
        await jobs.update(hourly.model_copy(update={"salary": SalaryRange(min=30, period=SalaryPeriod.DAY)}))
        listed = await jobs.search(None, a_year, PageRequest())
        assert [j.id for j in listed.items] == [weekly.id, before_periods.id]
    finally:
        await migrated.close()

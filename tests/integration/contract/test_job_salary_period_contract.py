"""A job's salary period is stored and read back on every backend: an hourly or monthly rate
is never read back as a yearly salary, and a
salary filter compares what each job pays in a year."""
from __future__ import annotations

from domain.jobs import JobFilter, SalaryPeriod, SalaryRange
from domain.pagination import PageRequest
from tests.integration.contract.job_backends import repositories  # noqa: F401
from tests.integration.contract.repository_backends import a_job, an_employer


async def test_a_salary_keeps_its_period_through_storage_and_updates(repositories):
    _, organization = await an_employer(repositories)
    hourly = a_job(organization.id, salary=SalaryRange(min=25, max=30, currency="USD", period=SalaryPeriod.HOUR))
    await repositories.jobs.add(hourly)
    assert (await repositories.jobs.get_many([hourly.id]))[0].salary.period is SalaryPeriod.HOUR
    monthly = hourly.model_copy(update={"salary": SalaryRange(min=2000, currency="GBP", period=SalaryPeriod.MONTH)})
    await repositories.jobs.update(monthly)
    assert await repositories.jobs.get_many([hourly.id]) == [monthly]


async def test_a_salary_filter_compares_what_each_job_pays_in_a_year(repositories):
    _, organization = await an_employer(repositories)

    def paying(amount: int, period: SalaryPeriod, minute: int, top: int | None = None):
        salary = SalaryRange(min=amount, max=top, currency="USD", period=period)
        return a_job(organization.id, minute=minute, salary=salary)

    hourly = paying(30, SalaryPeriod.HOUR, 1)  # 62,400 a year
    monthly = paying(3_000, SalaryPeriod.MONTH, 2)  # 36,000 a year
    daily = paying(150, SalaryPeriod.DAY, 3, top=200)  # up to 52,000 a year
    weekly = paying(900, SalaryPeriod.WEEK, 4)  # 46,800 a year
    yearly = paying(55_000, SalaryPeriod.YEAR, 5)
    for job in (hourly, monthly, daily, weekly, yearly):
        await repositories.jobs.add(job)

    async def found(**wanted) -> list[str]:
        page = await repositories.jobs.search(
            None, JobFilter(organization_id=organization.id, salary_currency="USD", **wanted), PageRequest())
        return [j.id for j in page.items]

    assert await found(min_salary=50_000) == [yearly.id, daily.id, hourly.id]
    assert await found(min_salary=50_000, salary_period=SalaryPeriod.YEAR) == [yearly.id, daily.id, hourly.id]
    # The filter's own amount per hour: 25 an hour is 52,000 a year.
    assert await found(min_salary=25, salary_period=SalaryPeriod.HOUR) == [yearly.id, daily.id, hourly.id]
    assert await found(min_salary=4_500, salary_period=SalaryPeriod.MONTH) == [yearly.id, hourly.id]
    # An edit of the period is searched by its new yearly pay.
    await repositories.jobs.update(monthly.model_copy(update={
        "salary": SalaryRange(min=3_000, currency="USD", period=SalaryPeriod.WEEK)}))  # 156,000 a year
    assert await found(min_salary=100_000) == [monthly.id]

"""A job's salary period is stored and read back on every backend: an hourly or monthly rate
is never read back as a yearly salary."""
from __future__ import annotations

from domain.jobs import SalaryPeriod, SalaryRange
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

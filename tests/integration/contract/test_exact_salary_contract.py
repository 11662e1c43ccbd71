"""Salaries to the penny on every backend: 12.60 an hour is stored and read back exactly
(never 12.6000001 or 12), kept by updates, and the salary filter compares exact yearly pay
(12.60 x 2080 = 26208.00), so a job at 12.59 an hour never meets a minimum of 12.60."""
from __future__ import annotations

from decimal import Decimal

from domain.jobs import JobFilter, SalaryPeriod, SalaryRange
from domain.pagination import PageRequest
from tests.integration.contract.job_backends import repositories  # noqa: F401
from tests.integration.contract.repository_backends import a_job, an_employer


def _hourly(low: str, high: str | None = None, currency: str = "GBP") -> SalaryRange:
    return SalaryRange(min=Decimal(low), max=None if high is None else Decimal(high), currency=currency,
                       period=SalaryPeriod.HOUR)


async def test_exact_amounts_are_read_back_exactly_and_kept_by_updates(repositories):  # noqa: F811
    _, organization = await an_employer(repositories)
    job = a_job(organization.id, salary=_hourly("12.60", "14.35"))
    await repositories.jobs.add(job)
    (read,) = await repositories.jobs.get_many([job.id])
    assert (read.salary.min, read.salary.max) == (Decimal("12.60"), Decimal("14.35"))
    dinar = job.model_copy(update={"salary": _hourly("2.125", "3.999", currency="KWD")})
    await repositories.jobs.update(dinar)
    (read,) = await repositories.jobs.get_many([job.id])
    assert (read.salary.min, read.salary.max, read.salary.currency) == (Decimal("2.125"), Decimal("3.999"), "KWD")


async def test_the_salary_filter_compares_exact_yearly_pay(repositories):  # noqa: F811
    _, organization = await an_employer(repositories)
    at_1260 = a_job(organization.id, minute=1, salary=_hourly("12.60"))
    at_1259 = a_job(organization.id, minute=2, salary=_hourly("11.00", "12.59"))
    whole = a_job(organization.id, minute=3, salary=SalaryRange(min=26_208, currency="GBP"))
    for job in (at_1260, at_1259, whole):
        await repositories.jobs.add(job)

    async def found(amount: str, period: SalaryPeriod | None = None) -> set[str]:
        wanted = JobFilter(organization_id=organization.id, salary_currency="GBP", min_salary=Decimal(amount),
                           salary_period=period)
        return {j.id for j in (await repositories.jobs.search(None, wanted, PageRequest())).items}

    assert await found("12.60", SalaryPeriod.HOUR) == {at_1260.id, whole.id}
    assert await found("12.59", SalaryPeriod.HOUR) == {at_1260.id, at_1259.id, whole.id}
    assert await found("26208") == {at_1260.id, whole.id}
    assert await found("26208.01") == set()
    # An edit to a penny more is searched by its new exact pay.
    await repositories.jobs.update(at_1259.model_copy(update={"salary": _hourly("11.00", "12.61")}))
    assert await found("26208.01") == {at_1259.id}

"""A job's pay against a candidate's yearly minimum, a year at a time: $25 an hour meets a
$45,000 minimum, £2,000 a month does not meet £30,000."""
import pytest

from domain.errors import BadUserInput
from domain.jobs import SalaryChange, SalaryPeriod, SalaryRange
from domain.matching.profiles import CandidateProfile, JobProfile
from domain.matching.scoring import salary_fit
from domain.users import Preferences


def _fit(minimum: int, currency: str, salary: SalaryRange) -> float | None:
    candidate = CandidateProfile("r", "c", preferences=Preferences(min_salary=minimum, currency=currency))
    return salary_fit(candidate, JobProfile(job_id="j", title="Carer", salary=salary))


def test_an_hourly_rate_is_compared_as_a_year_of_it():
    assert _fit(45000, "USD", SalaryRange(min=25, currency="USD", period=SalaryPeriod.HOUR)) == 1.0


def test_a_monthly_salary_short_of_the_yearly_minimum_falls_short():
    fit = _fit(30000, "GBP", SalaryRange(min=2000, currency="GBP", period=SalaryPeriod.MONTH))
    assert fit is not None and fit < 1.0


def test_a_salary_without_a_period_is_yearly():
    assert SalaryRange(min=45000).yearly(45000) == 45000
    assert _fit(45000, "EUR", SalaryRange(min=45000, currency="EUR")) == 1.0


def test_an_update_that_names_no_period_keeps_it():
    hourly = SalaryRange(min=25, period=SalaryPeriod.HOUR)
    assert SalaryChange(min=26).applied_to(hourly).period is SalaryPeriod.HOUR
    assert SalaryChange(period=None).applied_to(hourly).period is SalaryPeriod.HOUR
    restated = SalaryChange(period=SalaryPeriod.WEEK, min=1000).applied_to(hourly)
    assert (restated.min, restated.period) == (1000, SalaryPeriod.WEEK)


def test_a_new_period_that_would_keep_an_amount_is_refused():
    """25 an hour must not become 25 a week: the amounts come with the new period."""
    hourly = SalaryRange(min=25, max=30, period=SalaryPeriod.HOUR)
    with pytest.raises(BadUserInput, match=r"HOUR to WEEK.*`salary.min` and `salary.max`"):
        SalaryChange(period=SalaryPeriod.WEEK).applied_to(hourly)
    cleared = SalaryChange(period=SalaryPeriod.WEEK, min=None, max=900).applied_to(hourly)
    assert (cleared.min, cleared.max, cleared.period) == (None, 900, SalaryPeriod.WEEK)
    assert SalaryChange(period=SalaryPeriod.WEEK).applied_to(None).period is SalaryPeriod.WEEK


def _fit_per(minimum: int, period: SalaryPeriod, salary: SalaryRange) -> float | None:
    wanted = Preferences(min_salary=minimum, currency=salary.currency, salary_period=period)
    return salary_fit(CandidateProfile("r", "c", preferences=wanted), JobProfile(job_id="j", title="Nurse", salary=salary))


def test_a_minimum_a_month_is_compared_as_a_year_of_it():
    """3,000 a month wanted: 2,200-2,600 a month falls short, as it would were both yearly."""
    monthly = SalaryRange(min=2200, max=2600, currency="EUR", period=SalaryPeriod.MONTH)
    fit = _fit_per(3000, SalaryPeriod.MONTH, monthly)
    assert fit is not None and fit < 1.0
    assert fit == _fit_per(36000, SalaryPeriod.YEAR, monthly)


def test_a_minimum_an_hour_is_met_by_a_day_rate_that_pays_more():
    day_rate = SalaryRange(min=180, max=220, currency="GBP", period=SalaryPeriod.DAY)
    assert _fit_per(25, SalaryPeriod.HOUR, day_rate) == 1.0  # 220 a day is 27.50 an hour
    fit = _fit_per(30, SalaryPeriod.HOUR, day_rate)
    assert fit is not None and fit < 1.0


def test_preferences_stored_before_periods_are_a_years_pay():
    assert Preferences.model_validate({"min_salary": 40000}).yearly_min_salary == 40000

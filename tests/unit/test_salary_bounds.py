"""A salary beyond any job's pay (a typo, junk) is refused naming the amount; the bounds agree
across periods and leave real pay in weak currencies (IDR, VND) alone."""
from __future__ import annotations

import pytest

from domain.errors import BadUserInput
from domain.installed_reference_data import reference_data
from domain.jobs import PERIODS_IN_A_YEAR, SalaryPeriod, SalaryRange
from domain.salary_bounds import _MIDDLE, _STRONG, check_plausible, most_per_period

INT_MAX = 2_147_483_647


@pytest.mark.parametrize("bound", ["min", "max"])
def test_the_largest_graphql_int_an_hour_is_refused_naming_the_amount(bound):
    salary = SalaryRange(**{bound: INT_MAX}, period=SalaryPeriod.HOUR)
    with pytest.raises(BadUserInput) as refused:
        check_plausible(salary)
    assert f"`salary.{bound}` of {INT_MAX} USD an hour" in refused.value.message
    assert "at most 48077 USD an hour" in refused.value.message


@pytest.mark.parametrize("currency, period, amount", [
    ("USD", SalaryPeriod.YEAR, 20_000_000), ("USD", SalaryPeriod.HOUR, 5_000), ("EUR", SalaryPeriod.MONTH, 1_000_000),
    ("JPY", SalaryPeriod.YEAR, INT_MAX), ("JPY", SalaryPeriod.HOUR, 500_000), ("KRW", SalaryPeriod.MONTH, 300_000_000),
    ("IDR", SalaryPeriod.HOUR, INT_MAX), ("VND", SalaryPeriod.DAY, INT_MAX), ("IRR", SalaryPeriod.HOUR, INT_MAX),
])
def test_high_real_pay_is_taken_in_every_currency(currency, period, amount):
    check_plausible(SalaryRange(min=amount, max=amount, currency=currency, period=period))


@pytest.mark.parametrize("currency", ["USD", "JPY", "IDR"])
def test_the_periods_agree_as_the_search_compares_them(currency):
    yearly = most_per_period(SalaryRange(min=1, currency=currency))
    for period, per_year in PERIODS_IN_A_YEAR.items():
        most = most_per_period(SalaryRange(min=1, currency=currency, period=period))
        assert yearly <= most * per_year < yearly + per_year


def test_the_tiers_list_real_currencies_once():
    assert not _STRONG & _MIDDLE
    assert (_STRONG | _MIDDLE) <= reference_data().currency_codes()


@pytest.mark.parametrize("currency, bound, amount", [("GBP", "max", 13), ("USD", "min", 450), ("JPY", "min", 999)])
def test_a_rate_sent_without_its_period_is_refused_as_a_year_s_pay(currency, bound, amount):
    # The period is YEAR when left out: an hour's pay sent bare would read as a year's.
    salary = SalaryRange(**{bound: amount}, currency=currency)
    with pytest.raises(BadUserInput) as refused:
        check_plausible(salary)
    assert f"`salary.{bound}` of {amount} {currency} a year is below" in refused.value.message
    assert "`salary.period`" in refused.value.message and refused.value.extensions == {"field": "salary"}


@pytest.mark.parametrize("currency, period, amount", [
    ("GBP", SalaryPeriod.YEAR, 0), ("GBP", SalaryPeriod.YEAR, 1_000), ("GBP", SalaryPeriod.HOUR, 11),
    ("EUR", SalaryPeriod.MONTH, 450), ("USD", SalaryPeriod.DAY, 90), ("IDR", SalaryPeriod.YEAR, 500),
])
def test_low_amounts_that_can_be_real_are_taken(currency, period, amount):
    check_plausible(SalaryRange(min=amount, currency=currency, period=period))

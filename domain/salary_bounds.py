"""The most a job's salary may state per period: a guard against typos and junk
(2147483647 an hour), never a judgement of pay. No exchange rates are known here, so the
bound is a year's pay of 100 million units of a currency worth about a US dollar or more,
scaled up for currencies whose unit is worth less, in three coarse tiers of units per US
dollar with ten times headroom or more for drift and inflation:

    tier            units per USD   per YEAR          per MONTH        per WEEK         per DAY          per HOUR
    strong          up to ~15       100,000,000       8,333,334        1,923,077        384,616          48,077
    middle          up to ~1,500    10,000,000,000    833,333,334      192,307,693      38,461,539       4,807,693
    any other       (IDR, VND ...)  10,000,000,000,000 (beyond what an amount can be: never refused)

A currency in no list (a new one included) is in the widest tier, so a bound can only be too
loose, never refuse a real salary.

Below, every period has the same floor, as a year's pay: fewer than 1,000 units a year of a
strong or middle-tier currency is refused (0 stays: unpaid); in the widest tier 1,000 units can
be a real month's pay, so nothing is. Per period that is

    per YEAR 1,000    per MONTH 83.34    per WEEK 19.24    per DAY 3.85    per HOUR 0.49

A period left out is a year, so an hourly rate sent without one (11 GBP for a care assistant's
hour) would read as 11 a year, which no job pays, and rank and filter the job as if it paid
nothing; a month's 12.60 is an hour's rate sent with the wrong period just the same (with a
floor for a year alone, 12.60 EUR a month would go in while 1 EUR a year is refused). The
periods agree with each other as the search compares them: a year is 2080 hours, 260 days, 52
weeks or 12 months (jobs.PERIODS_IN_A_YEAR)."""
from __future__ import annotations

import math
from decimal import Decimal

from domain.errors import BadUserInput
from domain.jobs import PERIODS_IN_A_YEAR, SalaryPeriod, SalaryRange
from domain.money import checked_places, written

_STRONG = frozenset(
    "USD EUR GBP CHF CHE CHW CAD AUD NZD SGD HKD MOP CNY DKK NOK SEK PLN ILS AED SAR QAR KWD BHD OMR JOD LYD TND"
    " MAD BRL MYR BND PEN RON BAM GEL AZN BYN TMT BSD BBD BZD BMD KYD FJD PAB PGK TTD XCD XCG GTQ BWP SBD WST"
    " TOP SHP FKP GIP ERN MVR GHS CLF CUP AWG USN XAU XAG XPT XPD XDR XSU XUA".split()
)
_MIDDLE = frozenset(
    "JPY KRW INR RUB MXN MXV ZAR SZL LSL NAD THB PHP TWD CZK HUF ISK TRY EGP KES PKR LKR NGN CLP KZT UAH DOP UYU"
    " UYI UYW BDT NPR BTN XAF XOF XPF CRC HNL NIO ZMW MUR SCR AFN ALL MKD RSD MDL KGS TJS DZD ETB HTG JMD GMD MZN"
    " AOA AMD RWF KMF DJF YER VUV SOS CVE GYD MRU SRD BOB BOV SVC LRD STN SSP SDG ZWG VED".split()
)
_YEAR_IN_A_STRONG_CURRENCY = 100_000_000
_SCALE = {"strong": 1, "middle": 100, "other": 100_000}
_LEAST_A_YEAR = 1_000


def scale_of(currency: str) -> int:
    if currency in _STRONG:
        return _SCALE["strong"]
    return _SCALE["middle"] if currency in _MIDDLE else _SCALE["other"]


def most_per_period(salary: SalaryRange) -> int:
    """The largest amount `salary` may state per its period in its currency."""
    return most_per(salary.currency, salary.period)


def most_per(currency: str, period: SalaryPeriod) -> int:
    """The largest amount of `currency` any job pays per `period`."""
    yearly = _YEAR_IN_A_STRONG_CURRENCY * scale_of(currency)
    return math.ceil(yearly / PERIODS_IN_A_YEAR[period])


def per(period: SalaryPeriod) -> str:
    """"an hour", "a day", "a week", "a month", "a year": as a sentence says it."""
    return "an hour" if period is SalaryPeriod.HOUR else f"a {period.value.lower()}"


def check_plausible(salary: SalaryRange) -> None:
    """BadUserInput naming the amount beyond a bound, or with more decimals than its currency
    has (currency in capitals, already checked)."""
    most = most_per_period(salary)
    for bound in ("min", "max"):
        amount = getattr(salary, bound)
        checked_places(amount, salary.currency, "salary", f"salary.{bound}Amount")
        if amount is not None and amount > most:
            period = per(salary.period)
            raise BadUserInput(
                f"`salary.{bound}` of {written(amount, salary.currency)} {salary.currency} {period} is beyond what any job pays (at most"
                f" {most} {salary.currency} {period}): check the amount, and that `salary.period` is the period"
                " it pays for (HOUR, DAY, WEEK, MONTH or YEAR).",
                field="salary",
            )
        if below_any_pay(amount, salary.currency, salary.period):
            raise BadUserInput(below_any_pay_message(f"salary.{bound}", amount, salary.currency, salary.period,
                                                     "salary.period"), field="salary")


def below_any_pay(amount: Decimal | int | None, currency: str, period: SalaryPeriod) -> bool:
    """Whether `amount` a `period` is less than any job pays in it (0, unpaid, is not)."""
    # Compared first: no amount above a year's floor is below it in any period, and a huge one
    # would overflow the multiplication.
    return amount is not None and 0 < amount < _LEAST_A_YEAR and scale_of(currency) < _SCALE["other"] \
        and amount * PERIODS_IN_A_YEAR[period] < _LEAST_A_YEAR


def least_per(period: SalaryPeriod) -> Decimal:
    """The floor per `period`, to the cent, rounded up: what a refusal names as the least."""
    cents = math.ceil(Decimal(_LEAST_A_YEAR * 100) / PERIODS_IN_A_YEAR[period])
    return Decimal(cents) / 100


def below_any_pay_message(name: str, amount: Decimal | int, currency: str, period: SalaryPeriod,
                          period_name: str) -> str:
    if period is SalaryPeriod.YEAR:
        return (f"`{name}` of {written(amount, currency)} {currency} a year is below what any job pays in a year: if it"
                f" is the pay for an hour, a day, a week or a month, send `{period_name}` (HOUR, DAY, WEEK or"
                " MONTH), which is YEAR when left out.")
    return (f"`{name}` of {written(amount, currency)} {currency} {per(period)} is below what any job pays"
            f" {per(period)} (at least {least_per(period)} {currency}, {_LEAST_A_YEAR} a year): check the amount,"
            f" and that `{period_name}` is the period it pays for (HOUR, DAY, WEEK, MONTH or YEAR).")

"""The checks a job's salary range passes before it is stored."""
from __future__ import annotations

from domain.currencies import iso_4217_code
from domain.errors import BadUserInput
from domain.jobs import SalaryRange
from domain.money import written
from domain.salary_bounds import check_plausible


def checked_salary(salary: SalaryRange) -> SalaryRange:
    """A posted or changed salary range as stored: stated, not negative, not reversed, in an
    ISO 4217 currency and within plausible bounds; otherwise a refusal naming what to send."""
    if salary.min is None and salary.max is None:
        raise BadUserInput(
            "A salary needs `salary.min`, `salary.max` or both; send `salary: null` for a job without one.",
            field="salary",
        )
    if (salary.min is not None and salary.min < 0) or (salary.max is not None and salary.max < 0):
        raise BadUserInput("Salary amounts must be zero or more.", field="salary")
    if (salary.max if salary.max is not None else salary.min) == 0:
        # A range that reaches no higher than 0 states no pay, and would be shown and searched
        # as if it did ("0 - 0 USD a year"): a job without a stated salary has none.
        raise BadUserInput(
            "A salary of 0 states no pay: leave `salary` out (or send `salary: null`) for a job that does not"
            " state its pay, or send what it pays in `salary.min` and `salary.max`.", field="salary")
    if salary.min is not None and salary.max is not None and salary.min > salary.max:
        currency = salary.currency.upper()
        raise BadUserInput(
            f"`salary.min` ({written(salary.min, currency)} {currency}) must not be above `salary.max`"
            f" ({written(salary.max, currency)} {currency}): send the lower pay as the minimum. An update that"
            " changes one of them is checked against the other as stored; send both to move the range.",
            field="salary")
    checked = salary.model_copy(update={"currency": iso_4217_code(salary.currency, "salary.currency", field="salary")})
    check_plausible(checked)
    return checked

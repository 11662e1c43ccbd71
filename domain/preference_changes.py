"""A change to a person's preferences, merged with what they have and checked: BAD_USER_INPUT
names the field that is wrong and how to send it."""
from __future__ import annotations

from decimal import Decimal

from domain.currencies import iso_4217_code
from domain.errors import BadUserInput
from domain.jobs import DEFAULT_CURRENCY, SalaryPeriod
from domain.money import WholeAmount, checked_places, kept_where_read_back, written
from domain.place_refusal import refuse_unknown_places
from domain.recruiter_preferences import refuse_job_search_preferences, refuse_recruiter_preferences
from domain.salary_bounds import below_any_pay, below_any_pay_message, most_per, per
from domain.score_floor import checked_score_floor
from domain.time_zones import checked_time_zone
from domain.users import Preferences, Role, User


def merged_preferences(user: User, changes: dict[str, object]) -> Preferences:
    """The user's preferences with `changes`, checked (BAD_USER_INPUT names what is wrong)."""
    recruits = user.role is Role.EMPLOYER
    if recruits:
        refuse_job_search_preferences(changes)
    elif user.role is Role.CANDIDATE:
        refuse_recruiter_preferences(changes, user.match_email_digest)
    merged = user.preferences.model_dump()
    merged.update(changes)
    # Sent back as read in whole units (12 for 12.60), a minimum stays exact: only while its
    # currency and period stay, as a new one restates the amount anyway.
    current = user.preferences
    if "min_salary" in changes and all(_same(changes.get(name, getattr(current, name)), getattr(current, name))
                                       for name in ("currency", "salary_period")):
        merged["min_salary"] = kept_where_read_back(changes["min_salary"], current.min_salary)
    score = merged.get("notify_min_score")
    if score is None:
        raise BadUserInput(
            "`notifyMinScore` cannot be null: leave it out to keep yours, or send a score between 0 and 1.",
            field="notifyMinScore",
        )
    merged["notify_min_score"] = checked_score_floor(score, "notifyMinScore")
    if merged.get("time_zone") is not None:  # null: back to the phone's zone, else UTC
        merged["time_zone"] = checked_time_zone(merged["time_zone"])
    if merged.get("min_salary") is not None and merged["min_salary"] < 0:
        # Named as sent: an exact amount arrives as a plain Decimal, a whole one marked.
        given = changes.get("min_salary")
        exact = isinstance(given, Decimal) and not isinstance(given, WholeAmount)
        sent = "minSalaryAmount" if exact else "minSalary"
        raise BadUserInput(f"`{sent}` must be zero or more.", field=sent)
    if merged.get("currency") is not None:
        merged["currency"] = iso_4217_code(merged["currency"], "currency")
    _refuse_a_new_currency_for_the_old_amount(current, changes, merged)
    if {"min_salary", "currency"} & changes.keys() and isinstance(merged.get("min_salary"), Decimal):
        checked_places(merged["min_salary"], merged.get("currency") or DEFAULT_CURRENCY, "minSalaryAmount",
                       "minSalaryAmount")
    if {"min_salary", "salary_period"} & changes.keys():
        _refuse_a_rate_read_as_a_year(merged)
    if {"min_salary", "salary_period", "currency"} & changes.keys():
        _refuse_a_minimum_no_job_pays(merged)
    # Only the entries sent: those stored were accepted by the rules of their day, and a change
    # to another preference must not be refused for a field its sender never touched.
    if "locations" in changes:
        _refuse_blank_entries(changes, "locations", "locations", "a place, such as Belfast")
        refuse_unknown_places(changes.get("locations"), current.locations)
    if "desired_titles" in changes:
        _refuse_blank_entries(changes, "desired_titles", "desiredTitles", "a job title, such as Staff Nurse")
    for key in ("locations", "desired_titles"):
        merged[key] = _distinct_ignoring_case(merged.get(key) or [])
    for key in ("remote", "employment_types"):
        merged[key] = list(dict.fromkeys(merged.get(key) or []))
    return Preferences.model_validate(merged)


def _refuse_a_new_currency_for_the_old_amount(current: Preferences, changes: dict[str, object],
                                              merged: dict[str, object]) -> None:
    """30,000 GBP is not 30,000 SAR: a minimum set in one currency is not carried over to another
    as the same number; a change of currency comes with the minimum in it (or its clearing)."""
    if "currency" not in changes or "min_salary" in changes or current.min_salary is None:
        return
    before = (current.currency or DEFAULT_CURRENCY).upper()
    after = str(merged.get("currency") or DEFAULT_CURRENCY).upper()
    if before != after:
        raise BadUserInput(
            f"Your minimum salary ({written(current.min_salary, before)} {before}) is in {before}: send it again in"
            f" {after} with the new `currency` (`minSalary` or `minSalaryAmount`), or send `minSalary: null` to"
            " clear it.", field="currency")


def _distinct_ignoring_case(entries: object) -> list[str]:
    """One of each entry, the first spelling kept: "Staff Nurse" and "staff  nurse" are one
    title, and a repeat would count twice wherever preferences are weighed."""
    seen: set[str] = set()
    kept: list[str] = []
    for entry in entries if isinstance(entries, list) else []:
        key = " ".join(str(entry).casefold().split())
        if key not in seen:
            seen.add(key)
            kept.append(entry)
    return kept


def _refuse_a_rate_read_as_a_year(merged: dict[str, object]) -> None:
    """A minimum sent without its period is a year's: 16 meant an hour would meet every job."""
    amount, currency = merged.get("min_salary"), merged.get("currency") or DEFAULT_CURRENCY
    period = SalaryPeriod(merged.get("salary_period") or SalaryPeriod.YEAR)
    if isinstance(amount, (int, Decimal)) and isinstance(currency, str) and below_any_pay(amount, currency, period):
        raise BadUserInput(below_any_pay_message("minSalary", amount, currency, period, "salaryPeriod"),
                           field="minSalary")


def _refuse_a_minimum_no_job_pays(merged: dict[str, object]) -> None:
    """The bound a job's salary has (salary_bounds): a minimum above it meets no job at all."""
    amount, currency = merged.get("min_salary"), merged.get("currency") or DEFAULT_CURRENCY
    period = SalaryPeriod(merged.get("salary_period") or SalaryPeriod.YEAR)
    if not isinstance(amount, (int, Decimal)) or not isinstance(currency, str):
        return
    most = most_per(currency, period)
    if amount > most:
        raise BadUserInput(
            f"`minSalary` of {written(amount, currency)} {currency} {per(period)} is beyond what any job pays (at most {most}"
            f" {currency} {per(period)}): check the amount, and that `salaryPeriod` is the period it is for"
            " (HOUR, DAY, WEEK, MONTH or YEAR).",
            field="minSalary",
        )


def _refuse_blank_entries(sent: dict[str, object], key: str, field: str, example: str) -> None:
    """A blank entry would count as a preference that no job meets (a blank place puts every
    onsite job outside the preferred places)."""
    entries = sent.get(key) or []
    if not isinstance(entries, list):
        return
    if any(not str(entry).strip() for entry in entries):
        raise BadUserInput(f"Each of `{field}` must name {example}; remove the empty one.", field=field)
    # Emoji or symbols alone name nothing either, and would be met by no job just the same.
    wordless = next((entry for entry in entries if not any(ch.isalnum() for ch in str(entry))), None)
    if wordless is not None:
        raise BadUserInput(
            f"Each of `{field}` must name {example}; {str(wordless)[:40]!r} has no letters or digits.", field=field)


def _same(sent: object, stored: object) -> bool:
    """A currency however cased ("gbp"), a period as stored."""
    return sent.upper() == stored.upper() if isinstance(sent, str) and isinstance(stored, str) else sent == stored

"""Job postings and the filter people search them with."""
from __future__ import annotations

import math
from datetime import datetime
from decimal import Decimal
from enum import Enum

from pydantic import BaseModel, Field, model_validator

from domain.currencies import iso_4217_code
from domain.errors import BadUserInput
from domain.money import Amount
from domain.query_aliases import QueryAlias

# The currency of a salary posted without one, and of a salary filter asked without one.
DEFAULT_CURRENCY = "USD"


class RemotePolicy(str, Enum):
    ONSITE = "ONSITE"
    HYBRID = "HYBRID"
    REMOTE = "REMOTE"


class EmploymentType(str, Enum):
    FULL_TIME = "FULL_TIME"
    PART_TIME = "PART_TIME"
    CONTRACT = "CONTRACT"
    INTERNSHIP = "INTERNSHIP"
    TEMPORARY = "TEMPORARY"


class Seniority(str, Enum):
    INTERN = "INTERN"
    JUNIOR = "JUNIOR"
    MID = "MID"
    SENIOR = "SENIOR"
    LEAD = "LEAD"
    PRINCIPAL = "PRINCIPAL"
    EXECUTIVE = "EXECUTIVE"


class JobStatus(str, Enum):
    OPEN = "OPEN"
    CLOSED = "CLOSED"


class SalaryPeriod(str, Enum):
    """What a salary's amounts pay for: a care worker's ad says $18 an hour, a teacher's £2,400
    a month, an engineer's €60k a year."""
    HOUR = "HOUR"
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"
    YEAR = "YEAR"


# Full-time working year: 52 weeks of 5 days of 8 hours; amounts are compared a year at a time.
PERIODS_IN_A_YEAR = {SalaryPeriod.HOUR: 2080, SalaryPeriod.DAY: 260, SalaryPeriod.WEEK: 52,
                     SalaryPeriod.MONTH: 12, SalaryPeriod.YEAR: 1}


class SalaryRange(BaseModel):
    # Exact (12.60 an hour); amounts stored as whole units before read unchanged.
    min: Amount | None = None
    max: Amount | None = None
    currency: str = DEFAULT_CURRENCY
    # A salary posted without one (and every salary stored before periods) is yearly.
    period: SalaryPeriod = SalaryPeriod.YEAR

    def yearly(self, amount: Decimal | None) -> Decimal | None:
        """An amount of this salary as a year's pay, to compare with a yearly expectation."""
        return None if amount is None else amount * PERIODS_IN_A_YEAR[self.period]

    def yearly_top(self) -> Decimal | None:
        """The most this salary can pay in a year (the top of its range: `max`, else `min`):
        what a salary filter compares with its own yearly amount."""
        return self.yearly(self.max if self.max is not None else self.min)


class SalaryChange(BaseModel):
    """The salary fields an update names (pydantic's model_fields_set); the others keep their
    values, so a new minimum does not reset the currency. A null currency or period names
    nothing."""

    min: Decimal | None = None
    max: Decimal | None = None
    currency: str | None = None
    period: SalaryPeriod | None = None
    # The amounts sent as whole units (`min`, `max`: what a client that knows no exact amounts
    # reads and sends back), each kept exact where it is the stored amount's whole view.
    sent_whole: frozenset[str] = frozenset()

    def applied_to(self, current: SalaryRange | None) -> SalaryRange:
        named = {name: getattr(self, name) for name in self.model_fields_set - {"sent_whole"}}
        _exact_kept_where_read_back(current, named, self.sent_whole)
        if named.get("period") is None:
            named.pop("period", None)
        if named.get("currency") is None:
            named.pop("currency", None)
        else:
            named["currency"] = iso_4217_code(named["currency"], "salary.currency", field="salary")
            _restated_in_new_currency(current, named)
        if "period" in named:
            _restated_for_new_period(current, named)
        return (current or SalaryRange()).model_copy(update=named)


def _exact_kept_where_read_back(current: SalaryRange | None, named: dict[str, object], sent_whole: frozenset[str]) -> None:
    """A job paying 12.60 reads `min: 12, max: 13` to a client that knows only whole units; its
    update sending those back (to change the title, say) keeps 12.60, not 12 to 13. Only while
    the currency and period stay: a new one restates every amount anyway."""
    if current is None or named.get("currency") not in (None, current.currency) \
            or named.get("period") not in (None, current.period):
        return
    for name, whole_view in (("min", math.floor), ("max", math.ceil)):
        stored, sent = getattr(current, name), named.get(name)
        if name in sent_whole and stored is not None and sent is not None and sent == whole_view(stored):
            named[name] = stored


def _restated_in_new_currency(current: SalaryRange | None, named: dict[str, object]) -> None:
    """A kept amount would silently mean other money under another currency (60000 GBP is not
    60000 JPY): a new currency comes with every amount the salary has, restated or cleared."""
    if current is None or named["currency"] == current.currency:
        return
    _refuse_kept_amounts(current, named, f"currency changes from {current.currency} to {named['currency']}",
                         f"in {current.currency}", f"in {named['currency']}")


def _restated_for_new_period(current: SalaryRange | None, named: dict[str, object]) -> None:
    """Likewise for the period: a kept 25 an hour would become 25 a year. A new period comes
    with every amount the salary has, restated or cleared."""
    if current is None or named["period"] == current.period:
        return
    new = SalaryPeriod(named["period"]).value
    _refuse_kept_amounts(current, named, f"period changes from {current.period.value} to {new}",
                         f"paid per {current.period.value}", f"per {new}")


def _refuse_kept_amounts(current: SalaryRange, named: dict[str, object], change: str, kept_as: str,
                         send_as: str) -> None:
    kept = [bound for bound in ("min", "max") if getattr(current, bound) is not None and bound not in named]
    if kept:
        amounts = " and ".join(f"`salary.{bound}`" for bound in kept)
        raise BadUserInput(
            f"The salary {change}, but {amounts} would keep the amount {kept_as}: send {amounts}"
            f" {send_as} in the same update (or null to clear it).",
            field="salary",
        )


class Job(BaseModel):
    id: str
    organization_id: str
    title: str
    description: str
    location: str | None = None
    remote: RemotePolicy = RemotePolicy.ONSITE
    employment_type: EmploymentType = EmploymentType.FULL_TIME
    seniority: Seniority | None = None
    salary: SalaryRange | None = None
    required_skills: list[str] = Field(default_factory=list)
    nice_to_have_skills: list[str] = Field(default_factory=list)
    # Which of the skills above the employer typed (the others were read from the title and
    # description, and are read again when those change: domain/job_skill_edits.py). None for
    # a job stored before this was kept: every skill then counts as typed, so that no edit of
    # its words can drop a skill the employer may have typed.
    typed_skills: list[str] | None = None
    status: JobStatus = JobStatus.OPEN
    posted_at: datetime
    updated_at: datetime
    posted_by: str | None = None
    takedown_reason: str | None = None
    # The hiring team's floor for "new candidates" notices (domain/notify_floor.py); None:
    # each member's own `notifyMinScore`.
    notify_min_score: float | None = None
    # When the job closed (by its team or a takedown); None while open. Closing is final, so
    # it is never cleared.
    closed_at: datetime | None = None
    # When the job stops taking applications (nurses', drivers', teachers' posts mostly have
    # one); None: open until its team closes it. Applying after it is refused at once; the
    # worker's sweep (JobService.close_due) then closes the job as its team would.
    closes_at: datetime | None = None

    def past_closing(self, now: datetime) -> bool:
        """Whether its closing time has come, closed by the sweep yet or not."""
        return self.closes_at is not None and self.closes_at <= now

    def takes_applications(self, now: datetime) -> bool:
        """OPEN and before its closing time: what matching offers (a job past it is closed in all
        but name until the sweep runs, and no candidate should be told of it)."""
        return self.status is JobStatus.OPEN and not self.past_closing(now)

    @model_validator(mode="after")
    def _closed_when_last_changed(self) -> Job:
        # A job closed before close times were kept: its close was its last change, unless an
        # admin took it down after (a takedown was the only change a closed job could take).
        if self.status is JobStatus.CLOSED and self.closed_at is None:
            self.closed_at = self.updated_at
        return self


class JobFilter(BaseModel):
    remote: list[RemotePolicy] | None = None
    employment_types: list[EmploymentType] | None = None
    seniority: list[Seniority] | None = None
    location: str | None = None
    # Filled by the service when `location` was read from the query's words as a town's bare
    # name (domain.query_location): a job whose text holds these words meets `location` too.
    location_or_words: str | None = None
    location_or_words_aliases: list[QueryAlias] | None = None  # their other spellings ("Koeln": "köln")
    # Set on the second of the two lists such a search is paged as (domain.place_first): only
    # the jobs whose text holds `location_or_words` and that are not in `location`.
    words_outside_location: bool = False
    skills: list[str] | None = None  # as asked for
    # Filled by the service from `skills`: per skill asked for, the index keys (see
    # domain.job_skills.skill_key) any one of which a job's required skills must hold.
    skill_spellings: list[frozenset[str]] | None = None
    # An amount paid per `salary_period` (a year when unset); jobs are compared on what they
    # can pay in a year (SalaryRange.yearly_top), so an hourly rate meets a yearly minimum.
    min_salary: Decimal | None = None
    salary_period: SalaryPeriod | None = None
    # The currency `min_salary` is in (ISO 4217): only jobs paid in it are listed, so amounts
    # in different currencies are never compared. Filled with USD by the service when unset.
    salary_currency: str | None = None
    organization_id: str | None = None
    status: JobStatus | None = JobStatus.OPEN
    # Filled by the service with the moment of the search when open jobs are asked for: a job
    # whose `closes_at` is at or before it is left out as closed, though the sweep may not have
    # closed it yet, by the store in the statements that rank, page and count (so the total
    # is what can be paged to, and a page is full while more follow).
    open_as_of: datetime | None = None
    # Filled by the service from the query's words (domain.query_aliases): other names any one
    # of which may stand for the words they cover.
    query_aliases: list[QueryAlias] | None = None

    def yearly_min_salary(self) -> Decimal | None:
        """`min_salary` as a year's pay: what every backend compares a job's yearly top with."""
        if self.min_salary is None:
            return None
        return self.min_salary * PERIODS_IN_A_YEAR[self.salary_period or SalaryPeriod.YEAR]


def salary_filter_in_one_currency(job_filter: JobFilter) -> JobFilter:
    """The filter with its salary currency checked and in capitals; USD (the currency a job is
    posted in when none is named) when a minimum is asked for without one."""
    sent = job_filter.salary_currency
    if sent is None and job_filter.min_salary is None:
        return job_filter
    code = DEFAULT_CURRENCY if sent is None else iso_4217_code(sent, "filter.salaryCurrency")
    return job_filter.model_copy(update={"salary_currency": code})

"""The contract's input types, and their conversion to plain domain values."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import strawberry

from domain.jobs import JobFilter as DomainJobFilter
from domain.jobs import JobStatus as DomainJobStatus
from domain.jobs import SalaryChange, SalaryRange
from domain.money import WholeAmount
from resolvers.exact_amounts import one_amount
from resolvers.ids import raw_id
from resolvers.types.enums import (
    EmploymentType,
    JobStatus,
    MatchEmailDigest,
    RemotePolicy,
    Role,
    SalaryPeriod,
    Seniority,
)


def _given(value: Any) -> bool:
    return value is not strawberry.UNSET


@strawberry.input
class PreferencesInput:
    desired_titles: list[str] | None = strawberry.UNSET
    locations: list[str] | None = strawberry.UNSET
    remote: list[RemotePolicy] | None = strawberry.UNSET
    min_salary: int | None = strawberry.field(
        default=strawberry.UNSET, description="Your minimum pay in whole units; `minSalaryAmount` for an exact"
        " amount such as \"12.60\". Send one of them (both only if equal).")
    min_salary_amount: Decimal | None = strawberry.field(
        default=strawberry.UNSET,
        description="Your minimum pay exactly, as a decimal string such as \"12.60\" (at most as many decimals as"
                    " `currency` has: 2 for GBP, 0 for JPY, 3 for KWD). Instead of `minSalary`; left out: kept.")
    currency: str | None = strawberry.UNSET
    salary_period: SalaryPeriod | None = strawberry.field(
        default=strawberry.UNSET,
        description="What `minSalary` pays for (HOUR, DAY, WEEK, MONTH, YEAR): `minSalary: 30, salaryPeriod: HOUR`"
                    " asks for 30 an hour, compared with a job's pay a year at a time. Left out: kept (YEAR at first).",
    )
    employment_types: list[EmploymentType] | None = strawberry.UNSET
    notify_min_score: float | None = strawberry.UNSET
    match_email_digest: MatchEmailDigest | None = strawberry.field(
        default=strawberry.UNSET,
        description="How the \"New candidates for <title>\" emails reach you (a recruiter's; a candidate gets none)."
                    " Null: back to the default (DAILY for recruiters, IMMEDIATE for others). Left out: kept.",
    )
    time_zone: str | None = strawberry.field(
        default=strawberry.UNSET,
        description="Your IANA time zone, such as Europe/London or America/Los_Angeles: the daily digest gathers"
                    " your own days and comes after each one ends there. Null: back to the default (your phone"
                    " number's zone where it has only one, else UTC). Left out: kept.",
    )

    def changes(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in ("desired_titles", "locations", "remote", "employment_types"):
            value = getattr(self, name)
            if _given(value):
                out[name] = [v.strip() if isinstance(v, str) else v for v in (value or [])]
        minimum = one_amount(self.min_salary, self.min_salary_amount, "minSalary", "minSalaryAmount")
        if _given(minimum):
            exact_sent = _given(self.min_salary_amount) and self.min_salary_amount is not None
            out["min_salary"] = WholeAmount(minimum) if isinstance(minimum, Decimal) and not exact_sent else minimum
        for name in ("currency", "notify_min_score", "match_email_digest", "time_zone"):
            value = getattr(self, name)
            if _given(value):
                out[name] = value
        if _given(self.salary_period):
            out["salary_period"] = self.salary_period or SalaryPeriod.YEAR  # null: back to a year
        return out


@strawberry.input
class SalaryRangeInput:
    min: int | None = strawberry.field(
        default=strawberry.UNSET, description="The lowest pay in whole units; `minAmount` for an exact amount.")
    max: int | None = strawberry.field(
        default=strawberry.UNSET, description="The highest pay in whole units; `maxAmount` for an exact amount.")
    min_amount: Decimal | None = strawberry.field(
        default=strawberry.UNSET,
        description="The lowest pay exactly, as a decimal string such as \"12.60\" (at most as many decimals as the"
                    " currency has: 2 for GBP, 0 for JPY, 3 for KWD). Send `min` or `minAmount` (both only if equal).")
    max_amount: Decimal | None = strawberry.field(
        default=strawberry.UNSET,
        description="The highest pay exactly, as `minAmount` is. Send `max` or `maxAmount` (both only if equal).")
    # No default in the schema: an update must tell "left out" (kept) from a currency given.
    currency: str | None = strawberry.field(
        default=strawberry.UNSET,
        description="ISO 4217 code. Left out: USD for a new job; an update keeps the job's currency.",
    )
    period: SalaryPeriod | None = strawberry.field(
        default=strawberry.UNSET,
        description="What `min` and `max` pay for (HOUR, DAY, WEEK, MONTH, YEAR). Left out: YEAR for a new"
                    " job; an update keeps the job's period.",
    )

    def to_domain(self) -> SalaryRange:
        amounts = {name: value if _given(value) else None for name, value in self._amounts().items()}
        return SalaryRange(**amounts, currency=self._named("currency") or "USD",
                           period=self._named("period") or SalaryPeriod.YEAR)

    def to_change(self) -> SalaryChange:
        named = {name: getattr(self, name) for name in ("currency", "period") if _given(getattr(self, name))}
        whole = frozenset(name for name in ("min", "max")
                          if _given(getattr(self, name)) and getattr(self, name) is not None
                          and not _given(getattr(self, f"{name}_amount")))
        return SalaryChange(**named, **{name: value for name, value in self._amounts().items() if _given(value)},
                            sent_whole=whole)

    def _amounts(self) -> dict[str, Any]:
        return {"min": one_amount(self.min, self.min_amount, "salary.min", "salary.minAmount"),
                "max": one_amount(self.max, self.max_amount, "salary.max", "salary.maxAmount")}

    def _named(self, name: str) -> Any:
        value = getattr(self, name)
        return value if _given(value) else None


@strawberry.input
class JobFilter:
    remote: list[RemotePolicy] | None = None
    employment_types: list[EmploymentType] | None = None
    seniority: list[Seniority] | None = None
    location: str | None = None
    skills: list[str] | None = strawberry.field(
        default=None, description="Jobs that require all of these skills (canonical or alias names)."
    )
    min_salary: int | None = strawberry.field(
        default=None,
        description="An amount in `salaryCurrency` per `salaryPeriod` (a year when left out): jobs whose range"
        " can pay at least this, compared a year at a time (2080 hours, 260 days, 52 weeks or 12 months"
        " make a year), so 30 an hour meets a yearly 50000 and 3000 a month does not.",
    )
    min_salary_amount: Decimal | None = strawberry.field(
        default=None,
        description="`minSalary` exactly, as a decimal string such as \"12.60\" (at most as many decimals as"
        " `salaryCurrency` has); jobs are compared on their exact amounts. Send this or `minSalary`.",
    )
    salary_period: SalaryPeriod | None = strawberry.field(
        default=None,
        description="What `minSalary` pays for (YEAR when left out): `minSalary: 25, salaryPeriod: HOUR` asks"
        " for 52000 a year.",
    )
    salary_currency: str | None = strawberry.field(
        default=None,
        description="ISO 4217 code `minSalary` is in (USD when left out). Only jobs paid in this currency are"
        " listed: amounts in different currencies are never compared.",
    )
    organization_id: strawberry.ID | None = None
    status: JobStatus | None = DomainJobStatus.OPEN

    def _minimum(self) -> Decimal | None:
        # Left out is null here (no default of UNSET): null beside an amount is no disagreement.
        whole = strawberry.UNSET if self.min_salary is None else self.min_salary
        exact = strawberry.UNSET if self.min_salary_amount is None else self.min_salary_amount
        amount = one_amount(whole, exact, "filter.minSalary", "filter.minSalaryAmount")
        return amount if isinstance(amount, Decimal) else None

    def to_domain(self) -> DomainJobFilter:
        return DomainJobFilter(
            remote=self.remote,
            employment_types=self.employment_types,
            seniority=self.seniority,
            location=(self.location or "").strip() or None,
            # Blank names are kept for the service to refuse: dropped, the filter would list every job.
            skills=list(self.skills) if self.skills else None,
            min_salary=self._minimum(),
            salary_period=self.salary_period,
            salary_currency=self.salary_currency,
            organization_id=raw_id(self.organization_id, "Organization", "filter.organizationId")
            if self.organization_id
            else None,
            status=self.status,
        )


@strawberry.input
class RegisterInput:
    email: str
    password: str
    name: str
    role: Role = strawberry.field(description="CANDIDATE or EMPLOYER; ADMIN cannot be self-registered.")
    organization_name: str | None = strawberry.field(
        default=None,
        description="Required for EMPLOYER (unless joining with invitationToken): the organization this employer posts"
        " for.",
    )
    invitation_token: str | None = strawberry.field(
        default=None,
        description="An invitation's secret (from inviteRecruiter's email): with role EMPLOYER and no organizationName,"
        " the account is made a recruiter of the inviting organization and the invitation is used up. The email"
        " must be the invited address.",
    )


_JOB_FLOOR = ("The hiring team's floor (0 to 1) for \"New candidates\" notices about this job: each member is told"
              " at the higher of this and their own `notifyMinScore`. Null: each member's own.")


_CLOSES_AT = ("When the job stops taking applications, with a time zone (2027-03-31T17:00:00Z); it must be in the"
              " future. The job is then closed as closeJob closes it.")


@strawberry.input
class JobInput:
    title: str
    description: str
    location: str | None = None
    remote: RemotePolicy | None = RemotePolicy.ONSITE
    employment_type: EmploymentType | None = EmploymentType.FULL_TIME
    seniority: Seniority | None = None
    salary: SalaryRangeInput | None = None
    required_skills: list[str] | None = strawberry.field(
        default_factory=list, description="Empty lists are filled from the description."
    )
    nice_to_have_skills: list[str] | None = strawberry.field(default_factory=list)
    notify_min_score: float | None = strawberry.field(default=None, description=_JOB_FLOOR)
    closes_at: datetime | None = strawberry.field(default=None, description=_CLOSES_AT)

    def fields(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "description": self.description,
            "location": self.location,
            "remote": self.remote or RemotePolicy.ONSITE,
            "employment_type": self.employment_type or EmploymentType.FULL_TIME,
            "seniority": self.seniority,
            "salary": self.salary.to_domain() if self.salary else None,
            "required_skills": self.required_skills or [],
            "nice_to_have_skills": self.nice_to_have_skills or [],
            "notify_min_score": self.notify_min_score,
            "closes_at": self.closes_at,
        }


@strawberry.input(
    description="Only the fields given change; skills lists given as [] are refilled from the description."
)
class JobUpdateInput:
    title: str | None = strawberry.UNSET
    description: str | None = strawberry.UNSET
    location: str | None = strawberry.UNSET
    remote: RemotePolicy | None = strawberry.UNSET
    employment_type: EmploymentType | None = strawberry.UNSET
    seniority: Seniority | None = strawberry.UNSET
    salary: SalaryRangeInput | None = strawberry.UNSET
    required_skills: list[str] | None = strawberry.UNSET
    nice_to_have_skills: list[str] | None = strawberry.UNSET
    notify_min_score: float | None = strawberry.field(
        default=strawberry.UNSET, description=f"{_JOB_FLOOR} Null clears it; left out: kept.")
    closes_at: datetime | None = strawberry.field(
        default=strawberry.UNSET, description=f"{_CLOSES_AT} Null clears it (open until closed); left out: kept.")

    def changes(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in ("title", "description", "location", "remote", "employment_type", "seniority",
                     "notify_min_score", "closes_at"):
            value = getattr(self, name)
            if _given(value):
                out[name] = value
        if _given(self.salary):
            out["salary"] = self.salary.to_change() if self.salary else None
        for name in ("required_skills", "nice_to_have_skills"):
            value = getattr(self, name)
            if _given(value):
                out[name] = value  # null refused by the service: a job always has the list
        return out


@strawberry.input
class ApplyInput:
    job_id: strawberry.ID
    resume_id: strawberry.ID
    cover_letter: str | None = None

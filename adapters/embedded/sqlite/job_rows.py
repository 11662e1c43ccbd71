"""Jobs' rows in SQLite: a Job's columns, and a Job read back from its row."""
from __future__ import annotations

import json
import sqlite3
from decimal import Decimal

from adapters.embedded.sqlite.rows import to_json, to_moment, to_text
from domain.jobs import EmploymentType, Job, JobStatus, RemotePolicy, SalaryPeriod, SalaryRange, Seniority
from domain.money import in_smallest_units, whole_above, whole_below


def period(job: Job) -> str | None:
    return job.salary.period.value if job.salary else None


def typed(job: Job) -> str | None:
    return None if job.typed_skills is None else to_json(job.typed_skills)


def exact_amount(text: str | None, whole: int | None) -> Decimal | None:
    return Decimal(text) if text is not None else (None if whole is None else Decimal(whole))


def exact_columns(job: Job) -> tuple[str | None, str | None, int | None]:
    """The exact amounts as decimal text, and the yearly top in 1/10,000 units (the filter's key)."""
    salary = job.salary
    if salary is None:
        return None, None, None
    top = salary.yearly_top()
    return (None if salary.min is None else str(salary.min), None if salary.max is None else str(salary.max),
            None if top is None else in_smallest_units(top))


def job_of_row(row: sqlite3.Row) -> Job:
    salary = None
    if row["salary_currency"] is not None:
        # The exact amounts (migration 51); rows written before hold whole amounts only.
        salary = SalaryRange(min=exact_amount(row["salary_min_exact"], row["salary_min"]),
                             max=exact_amount(row["salary_max_exact"], row["salary_max"]), currency=row["salary_currency"],
                             period=SalaryPeriod(row["salary_period"] or SalaryPeriod.YEAR.value))
    return Job(
        id=row["id"],
        organization_id=row["organization_id"],
        title=row["title"],
        description=row["description"],
        location=row["location"],
        remote=RemotePolicy(row["remote"]),
        employment_type=EmploymentType(row["employment_type"]),
        seniority=Seniority(row["seniority"]) if row["seniority"] else None,
        salary=salary,
        required_skills=json.loads(row["required_skills"]),
        nice_to_have_skills=json.loads(row["nice_to_have_skills"]),
        status=JobStatus(row["status"]),
        posted_at=to_moment(row["posted_at"]),
        updated_at=to_moment(row["updated_at"]),
        posted_by=row["posted_by"],
        takedown_reason=row["takedown_reason"],
        notify_min_score=row["notify_min_score"],
        typed_skills=None if row["typed_skills"] is None else json.loads(row["typed_skills"]),
        closed_at=to_moment(row["closed_at"]) if row["closed_at"] is not None else None,
        closes_at=to_moment(row["closes_at"]) if row["closes_at"] is not None else None,
    )


def columns(job: Job) -> tuple:
    salary = job.salary
    return (
        job.title, job.description, job.location, job.remote.value, job.employment_type.value,
        job.seniority.value if job.seniority else None,
        # The whole-unit views (min down, max up): the range they make holds the exact one.
        whole_below(salary.min) if salary else None, whole_above(salary.max) if salary else None,
        salary.currency if salary else None,
        to_json(job.required_skills), to_json(job.nice_to_have_skills), job.status.value,
        to_text(job.updated_at),
    )

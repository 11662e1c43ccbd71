"""Which index answers a filtered job listing, and the filter DynamoDB applies on it.

The organization and status filters are key conditions (their own GSI partitions); the
rest are a FilterExpression over that partition, on attributes stored for the purpose
(lower-cased location and skills, the keys of the location's town, the salary a job can
reach at best, as a year's pay)."""
from __future__ import annotations

import operator
from functools import reduce

from boto3.dynamodb.conditions import Attr, ConditionBase

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.query import ListQuery
from domain.job_skill_keys import filter_spellings, skill_keys
from domain.jobs import Job, JobFilter, JobStatus
from domain.location_store_hints import town_as_written, towns_opening
from domain.place_keys import location_keys, wanted_keys


def listing_attributes(job: Job) -> dict[str, object]:
    status = job.status.value
    # What the job can pay in a year (the salary filter compares yearly amounts). Items written
    # before salaries had periods were all yearly, so their stored value already is this.
    salary_top = job.salary.yearly_top() if job.salary is not None else None
    order = keys.ordered(job.posted_at, job.id)
    return {
        "GSI1PK": keys.organization_jobs(job.organization_id), "GSI1SK": order,
        "GSI2PK": keys.organization_jobs(job.organization_id, status), "GSI2SK": order,
        "GSI3PK": keys.jobs_listing(status), "GSI3SK": order,
        "GSI4PK": keys.jobs_listing(), "GSI4SK": order,
        "location_lc": job.location.lower() if job.location else None,
        # The town under any of its names (domain.place_keys); an item written before it
        # has none and is found by its location as written only, until it is written again.
        "place_keys": list(location_keys(job.location)) or None,
        # The skills filter's index keys (domain.job_skills.skill_key).
        "skills_lc": skill_keys(job.required_skills),
        "salary_top": salary_top,
        **_closing_keys(job),
    }


def _closing_keys(job: Job) -> dict[str, object]:
    # GSI5 holds applications' pipelines under ORG# partitions; this partition is the job items'.
    if job.status is not JobStatus.OPEN or job.closes_at is None:
        return {}
    return {"GSI5PK": keys.jobs_closing(), "GSI5SK": keys.ordered(job.closes_at, job.id)}


def listing_query(job_filter: JobFilter) -> ListQuery:
    """Newest first, from the narrowest partition the filter names."""
    status = job_filter.status.value if job_filter.status else None
    organization = job_filter.organization_id
    if organization and status:
        partition, index = keys.organization_jobs(organization, status), keys.GSI2
    elif organization:
        partition, index = keys.organization_jobs(organization), keys.GSI1
    elif status:
        partition, index = keys.jobs_listing(status), keys.GSI3
    else:
        partition, index = keys.jobs_listing(), keys.GSI4
    return ListQuery(index, partition, where=_conditions(job_filter))


def _conditions(job_filter: JobFilter) -> ConditionBase | None:
    parts: list[ConditionBase] = []
    if job_filter.remote:
        parts.append(Attr("remote").is_in([v.value for v in job_filter.remote]))
    if job_filter.employment_types:
        parts.append(Attr("employment_type").is_in([v.value for v in job_filter.employment_types]))
    if job_filter.seniority:
        parts.append(Attr("seniority").is_in([v.value for v in job_filter.seniority]))
    if job_filter.location:
        # Only the town: regions and countries are written in many ways (domain.locations).
        wanted = town_as_written(job_filter.location).lower()
        place = Attr("location_lc").contains(wanted) if wanted else Attr("location_lc").exists()
        for town in towns_opening(job_filter.location):  # "Springfield IL": or the job's town is "springfield"
            place = place | Attr("location_lc").begins_with(town.lower() + ",") | Attr("location_lc").eq(town.lower())
        for key in wanted_keys(job_filter.location.strip()):  # or the town under another name ("München")
            place = place | Attr("place_keys").contains(key)
        parts.append(place)
    yearly_min = job_filter.yearly_min_salary()
    if yearly_min is not None:
        parts.append(Attr("salary_top").gte(yearly_min))
    if job_filter.salary_currency:
        # The job item's own salary map: items listed before this filter existed carry it too.
        parts.append(Attr("salary.currency").eq(job_filter.salary_currency))
    for spellings in filter_spellings(job_filter):
        either = [Attr("skills_lc").contains(key) for key in sorted(spellings)]
        parts.append(reduce(operator.or_, either))
    if job_filter.open_as_of is not None:
        # Not past its closing time: an open job with one carries it in its GSI5 sort key
        # (_closing_keys, fixed-width text), which the sweep reads too; a closed job has none.
        passed = f"{keys.moment(job_filter.open_as_of)}#~"
        parts.append(Attr("GSI5SK").not_exists() | Attr("GSI5SK").gt(passed))
    if not parts:
        return None
    combined = parts[0]
    for part in parts[1:]:
        combined = combined & part
    return combined

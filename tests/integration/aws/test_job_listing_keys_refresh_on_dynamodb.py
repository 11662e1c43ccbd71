"""Job items an older release wrote (no place keys; skill keys of whole entries only) get
today's listing keys at provisioning, so the skills and place filters find them as they find a
job written today; a job written meanwhile is left to its own write, and running it again
writes nothing."""
from __future__ import annotations

import pytest

from adapters.aws.dynamodb.job_listing_refresh import refresh_listing_keys
from adapters.aws.dynamodb.jobs import DynamoJobRepository, job_item
from domain.job_skill_keys import skill_key
from domain.jobs import JobFilter
from domain.pagination import PageRequest
from domain.place_keys import location_keys
from tests.integration.contract.repository_backends import a_job

pytestmark = pytest.mark.integration


def as_an_older_release_wrote(job) -> dict:
    item = job_item(job)
    item.pop("place_keys", None)
    item["skills_lc"] = {"L": [{"S": skill_key(s)} for s in job.required_skills]}
    return item


async def found(jobs: DynamoJobRepository, job_filter: JobFilter) -> list[str]:
    return [j.id for j in (await jobs.search(None, job_filter, PageRequest())).items]


async def test_older_job_items_get_todays_listing_keys_once(dynamo_table):
    chef = a_job("o1", title="Sous Chef", required_skills=["HACCP Level 2"], location="München, Germany", minute=1)
    accountant = a_job("o1", title="Accountant", required_skills=["ACCA or CIMA"], minute=2)
    today = a_job("o1", title="Cook", required_skills=["Food hygiene"], location="Leeds, UK", minute=3)
    for job in (chef, accountant):
        await dynamo_table.put(as_an_older_release_wrote(job))
    await dynamo_table.put(job_item(today))
    jobs = DynamoJobRepository(dynamo_table)
    haccp = JobFilter(skill_spellings=[frozenset({"haccp"})])
    assert await found(jobs, haccp) == []

    refreshed = await refresh_listing_keys(dynamo_table)

    assert (refreshed.jobs_rewritten, refreshed.jobs_checked) == (2, 3)
    assert await found(jobs, haccp) == [chef.id]
    assert await found(jobs, JobFilter(skill_spellings=[frozenset({"cima"})])) == [accountant.id]
    assert chef.id in await found(jobs, JobFilter(location="Munich"))
    again = await refresh_listing_keys(dynamo_table)
    assert (again.jobs_rewritten, again.jobs_checked) == (0, 3)


async def test_a_country_written_with_its_umlauts_spelled_out_gets_the_country_s_key(dynamo_table):
    # The release before read "Oesterreich" as no country: the job had the keys of the town
    # "Wien" and no country's.
    waiter = a_job("o1", title="Kellner", location="Wien, Oesterreich", minute=1)
    older = job_item(waiter)
    older["place_keys"] = {"L": [{"S": key} for key in location_keys("Wien") if not key.startswith("country:")]}
    await dynamo_table.put(older)
    jobs = DynamoJobRepository(dynamo_table)
    assert await found(jobs, JobFilter(location="Austria")) == []

    refreshed = await refresh_listing_keys(dynamo_table)

    assert refreshed.jobs_rewritten == 1
    assert await found(jobs, JobFilter(location="Austria")) == [waiter.id]
    assert await found(jobs, JobFilter(location="Österreich")) == [waiter.id]


async def test_a_job_written_since_it_was_read_keeps_its_own_write(dynamo_table, monkeypatch):
    chef = a_job("o1", title="Sous Chef", required_skills=["HACCP Level 2"], minute=1)
    await dynamo_table.put(as_an_older_release_wrote(chef))
    edited = chef.model_copy(update={"required_skills": ["Knife skills"], "updated_at": chef.updated_at.replace(year=2027)})
    jobs = DynamoJobRepository(dynamo_table)
    real_update = dynamo_table.update

    async def edit_first(*args, **kwargs):
        # the recruiter's edit lands between the provisioning's read and its write
        await jobs.update(edited)
        return await real_update(*args, **kwargs)

    monkeypatch.setattr(dynamo_table, "update", edit_first)
    refreshed = await refresh_listing_keys(dynamo_table)

    assert refreshed.jobs_rewritten == 0
    assert await found(jobs, JobFilter(skill_spellings=[frozenset({"haccp"})])) == []
    assert await found(jobs, JobFilter(skill_spellings=[frozenset({"knife skills"})])) == [chef.id]

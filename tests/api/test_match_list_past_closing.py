"""A job past its closing time, before the worker's sweep has closed it (the sweep is held off
here), is offered to no candidate: a candidate's matches leave it out (its match still stored,
the job still OPEN), and a résumé parsed after that moment gets no match to it, so its candidate
is never told of a job that takes no applications."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from tests.api.test_matching_over_http import JOB_MATCHES
from tests.applications_helpers import parsed_resume, wait_until
from tests.fixtures.documents import RESUME_TEXT

MINE = "{ me { matches(first: 10) { edges { node { job { id status } } } } } }"


@pytest.fixture
def settings(settings):
    return settings.model_copy(update={"job_closing_sweep_seconds": 3600.0})


async def _closing_and_staying(client, employer: str, seconds: float) -> tuple[datetime, dict, dict]:
    """Two jobs fitting RESUME_TEXT alike: one closing in `seconds`, one staying open."""
    closes_at = datetime.now(UTC) + timedelta(seconds=seconds)
    fitting = dict(seniority="SENIOR", description="Python services on PostgreSQL and Kubernetes; Docker; AWS.",
                   requiredSkills=["Python", "PostgreSQL", "Kubernetes"])
    closing = await client.post_job(employer, title="Senior Backend Engineer", **fitting,
                                    closesAt=closes_at.isoformat().replace("+00:00", "Z"))
    staying = await client.post_job(employer, title="Senior Platform Engineer", **fitting)
    return closes_at, closing, staying


async def _after(moment: datetime) -> None:
    await asyncio.sleep(max(0.0, (moment - datetime.now(UTC)).total_seconds()) + 0.05)


async def test_a_job_past_its_closing_time_leaves_the_candidates_matches_before_the_sweep(client):
    candidate, _ = await client.candidate()
    employer, _ = await client.employer()
    closes_at, closing, staying = await _closing_and_staying(client, employer, 10)
    await parsed_resume(client, candidate, RESUME_TEXT)

    async def both_matched() -> bool:
        listed = (await client.data(JOB_MATCHES, {"id": closing["id"]}, employer))["job"]["matches"]
        mine = (await client.data(MINE, token=candidate))["me"]["matches"]["edges"]
        return listed["totalCount"] >= 1 and staying["id"] in {e["node"]["job"]["id"] for e in mine}
    await wait_until(both_matched, attempts=600)

    await _after(closes_at)
    mine = (await client.data(MINE, token=candidate))["me"]["matches"]["edges"]
    assert {e["node"]["job"]["id"] for e in mine} == {staying["id"]}
    listed = (await client.data(JOB_MATCHES, {"id": closing["id"]}, employer))["job"]["matches"]
    assert listed["totalCount"] >= 1  # stored still: the job is not closed yet


async def test_a_resume_parsed_after_a_jobs_closing_time_is_not_matched_to_it(client):
    employer, _ = await client.employer()
    closes_at, closing, staying = await _closing_and_staying(client, employer, 2)
    await _after(closes_at)
    candidate, _ = await client.candidate()
    await parsed_resume(client, candidate, RESUME_TEXT)

    async def matched_to_the_open_one() -> bool:
        mine = (await client.data(MINE, token=candidate))["me"]["matches"]["edges"]
        return staying["id"] in {e["node"]["job"]["id"] for e in mine}
    await wait_until(matched_to_the_open_one, attempts=600)
    listed = (await client.data(JOB_MATCHES, {"id": closing["id"]}, employer))["job"]["matches"]
    assert listed["totalCount"] == 0
    assert (await client.data(JOB_MATCHES, {"id": staying["id"]}, employer))["job"]["matches"]["totalCount"] >= 1

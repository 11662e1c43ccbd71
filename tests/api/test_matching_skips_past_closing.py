"""A job past its closing time, not yet closed by the worker's sweep (held off here), is not
matched: a résumé parsed after that moment gets no match to it, so its candidate is never
told of a job that takes no applications."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from tests.api.test_matching_over_http import JOB_MATCHES
from tests.applications_helpers import parsed_resume, wait_until
from tests.fixtures.documents import RESUME_TEXT

MINE = "{ me { matches(first: 10) { edges { node { job { id } } } } } }"


@pytest.fixture
def settings(settings):
    return settings.model_copy(update={"job_closing_sweep_seconds": 3600.0})


async def test_a_resume_parsed_after_a_jobs_closing_time_is_not_matched_to_it(client):
    employer, _ = await client.employer()
    closes_at = datetime.now(UTC) + timedelta(seconds=2)
    fitting = dict(seniority="SENIOR", description="Python services on PostgreSQL and Kubernetes; Docker; AWS.",
                   requiredSkills=["Python", "PostgreSQL", "Kubernetes"])
    closing = await client.post_job(employer, title="Senior Backend Engineer", **fitting,
                                    closesAt=closes_at.isoformat().replace("+00:00", "Z"))
    staying = await client.post_job(employer, title="Senior Platform Engineer", **fitting)
    await asyncio.sleep(max(0.0, (closes_at - datetime.now(UTC)).total_seconds()) + 0.05)

    candidate, _ = await client.candidate()
    await parsed_resume(client, candidate, RESUME_TEXT)

    async def matched_to_the_open_one() -> bool:
        mine = (await client.data(MINE, token=candidate))["me"]["matches"]["edges"]
        return staying["id"] in {e["node"]["job"]["id"] for e in mine}
    await wait_until(matched_to_the_open_one, attempts=600)
    listed = (await client.data(JOB_MATCHES, {"id": closing["id"]}, employer))["job"]["matches"]
    assert listed["totalCount"] == 0
    assert (await client.data(JOB_MATCHES, {"id": staying["id"]}, employer))["job"]["matches"]["totalCount"] >= 1

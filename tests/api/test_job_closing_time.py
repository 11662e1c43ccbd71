"""A job's closing time over GraphQL: postJob/updateJob take `closesAt` (in the future, else
BAD_USER_INPUT naming it), `Job.closesAt` reads it back; from that moment applying is refused
(JOB_CLOSED) and searchJobs leaves the job out before any sweep; the worker's sweep then closes
the job with `closedAt` its closing time, telling applicants as a team's close does."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from tests.account_helpers import verified
from tests.applications_helpers import APPLY, parsed_resume, wait_until
from tests.graphql_client import raw_id

JOB = "query($id: ID!){ job(id: $id){ id status closesAt closedAt } }"
UPDATE = "mutation($id: ID!, $i: JobUpdateInput!){ updateJob(id: $id, input: $i){ id closesAt } }"
SEARCH = "query($f: JobFilter){ searchJobs(filter: $f, first: 50){ edges { node { id } } } }"


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


async def test_a_closing_time_in_the_past_is_refused_with_what_to_send(client):
    employer, _ = await client.employer()
    past = _iso(datetime.now(UTC) - timedelta(minutes=5))
    (error,) = (await client.execute(
        "mutation($i: JobInput!){ postJob(input: $i){ id } }",
        {"i": {"title": "Ward nurse", "description": "Nights on the ward.", "closesAt": past}}, employer))["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and error["extensions"]["field"] == "closesAt"
    assert "in the future" in error["message"]


async def test_a_closing_time_is_set_moved_and_cleared(client):
    employer, _ = await client.employer()
    job = await client.post_job(employer, closesAt=_iso(datetime.now(UTC) + timedelta(days=20)))
    later = datetime.now(UTC) + timedelta(days=40)
    moved = (await client.data(UPDATE, {"id": job["id"], "i": {"closesAt": _iso(later)}}, employer))["updateJob"]
    assert datetime.fromisoformat(moved["closesAt"]) == later
    cleared = (await client.data(UPDATE, {"id": job["id"], "i": {"closesAt": None}}, employer))["updateJob"]
    assert cleared["closesAt"] is None


async def test_at_its_closing_time_a_job_takes_no_applications_and_the_sweep_closes_it(client, app):
    candidate, _ = await client.candidate()
    resume = await parsed_resume(client, candidate)
    employer, _ = await client.employer()
    early, early_user = await client.candidate()
    await verified(app, early_user)  # mailed the closure notice
    early_resume = await parsed_resume(client, early)
    # The early application is sent long before the closing time, whatever the machine's load;
    # the closing time is then moved to just ahead, so the test waits seconds, not an hour.
    job = await client.post_job(employer, title="School bus driver",
                                closesAt=_iso(datetime.now(UTC) + timedelta(hours=1)))
    applied = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": early_resume}}, early))["applyToJob"]
    closes_at = datetime.now(UTC) + timedelta(seconds=2)
    await client.data(UPDATE, {"id": job["id"], "i": {"closesAt": _iso(closes_at)}}, employer)
    read = (await client.data(JOB, {"id": job["id"]}, employer))["job"]
    assert datetime.fromisoformat(read["closesAt"]) == closes_at

    await asyncio.sleep(max(0.0, (closes_at - datetime.now(UTC)).total_seconds()) + 0.05)
    # Whether or not the sweep has run: refused from the closing time on, and not offered.
    (refused,) = (await client.execute(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate))["errors"]
    assert refused["extensions"]["code"] == "CONFLICT" and refused["extensions"]["reason"] == "JOB_CLOSED"
    assert "closing time" in refused["message"]
    found = (await client.data(SEARCH, {"f": None}, candidate))["searchJobs"]["edges"]
    assert job["id"] not in {edge["node"]["id"] for edge in found}

    await app.state.services.jobs.close_due()
    closed = (await client.data(JOB, {"id": job["id"]}, employer))["job"]
    assert closed["status"] == "CLOSED" and datetime.fromisoformat(closed["closedAt"]) == closes_at
    # Closed by the sweep, the refusal still says why: its closing time.
    (after_sweep,) = (await client.execute(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate))["errors"]
    assert after_sweep["extensions"]["reason"] == "JOB_CLOSED" and "closing time" in after_sweep["message"]
    outbox = app.state.services.notifier

    async def applicant_told() -> bool:
        rows = await outbox.messages_for(raw_id(applied["candidate"]["id"]))
        return any(r["kind"] == "application" and "is closed" in r["subject"] and "School bus driver" in r["subject"]
                   for r in rows)
    await wait_until(applicant_told)


@pytest.fixture
def settings(settings):
    """The worker's sweep every half second, so a test sees it close a job on its own."""
    return settings.model_copy(update={"job_closing_sweep_seconds": 0.5})


async def test_the_worker_roles_periodic_sweep_closes_a_job_at_its_closing_time(client):
    employer, _ = await client.employer()
    closes_at = datetime.now(UTC) + timedelta(seconds=1)
    job = await client.post_job(employer, closesAt=_iso(closes_at))

    async def closed() -> bool:
        return (await client.data(JOB, {"id": job["id"]}, employer))["job"]["status"] == "CLOSED"
    await wait_until(closed, attempts=100, pause=0.1)
    read = (await client.data(JOB, {"id": job["id"]}, employer))["job"]
    assert datetime.fromisoformat(read["closedAt"]) == closes_at

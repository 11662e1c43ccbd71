"""Closing a job tells each candidate whose application is still under way, once: by the
application messages (the outbox) and on the applicationUpdated stream. The applications do
not move; the recruiter may still move them."""
from __future__ import annotations

import asyncio

from tests.account_helpers import verified
from tests.applications_helpers import APPLY, MOVE, parsed_resume, wait_until
from tests.graphql_client import raw_id

CLOSE = "mutation($id: ID!){ closeJob(id: $id){ id status } }"
STATUS = "query($id: ID!){ node(id: $id){ ... on Application { status version } } }"


async def _applicants(client, app, employer, job, count):
    """(token, user, application id) per candidate, each with a proven address (mailed the notices)."""
    applicants = []
    for _ in range(count):
        token, user = await client.candidate()
        await verified(app, user)
        resume = await parsed_resume(client, token)
        application = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, token))["applyToJob"]
        applicants.append((token, user, application["id"]))
    return applicants


def _closure_events(app) -> list:
    heard: list = []

    async def hear(event) -> None:
        if event.job_closed:
            heard.append(event)

    app.state.services.events.subscribe("ApplicationUpdated", hear)
    return heard


async def _closure_messages(app, user) -> list[dict]:
    rows = await app.state.services.notifier.messages_for(raw_id(user["id"]))
    return [row for row in rows if row["kind"] == "application" and "is closed" in row["subject"]
            and row["channel"] == "email"]


async def _told_once_each(app, heard, told, untold) -> None:
    async def everyone_told() -> bool:
        await app.state.services.events.drain()
        for _, user, _ in told:
            if not await _closure_messages(app, user):
                return False
        return len(heard) >= len(told)

    await wait_until(everyone_told)
    await asyncio.sleep(0.3)  # time for a second notice, were one on its way
    await app.state.services.events.drain()
    for _, user, _ in told:
        assert len(await _closure_messages(app, user)) == 1
    for _, user, _ in untold:
        assert await _closure_messages(app, user) == []
    assert sorted(e.application_id for e in heard) == \
        sorted(raw_id(application) for _, _, application in told)


async def test_closing_tells_each_candidate_still_under_way_once_and_moves_nothing(client, app):
    employer, _ = await client.employer()
    job = await client.post_job(employer, title="Ward Nurse")
    submitted, screening, withdrawn, rejected = await _applicants(client, app, employer, job, 4)
    await client.data(MOVE, {"id": screening[2], "s": "SCREENING"}, employer)
    await client.data(MOVE, {"id": withdrawn[2], "s": "WITHDRAWN"}, withdrawn[0])
    await client.data(MOVE, {"id": rejected[2], "s": "REJECTED"}, employer)
    heard = _closure_events(app)

    assert (await client.data(CLOSE, {"id": job["id"]}, employer))["closeJob"]["status"] == "CLOSED"
    # A retried close (the answer was lost) finds the job closed and tells no one again.
    assert (await client.data(CLOSE, {"id": job["id"]}, employer))["closeJob"]["status"] == "CLOSED"

    await _told_once_each(app, heard, [submitted, screening], [withdrawn, rejected])
    (message,) = await _closure_messages(app, submitted[1])
    assert "Ward Nurse" in message["subject"] and "was submitted, awaiting review when this notice was sent" in message["body_text"]
    assert {(e.status, e.from_status) for e in heard} == {("SUBMITTED", "SUBMITTED"), ("SCREENING", "SCREENING")}
    # The stream's note is read by the hiring team too: it speaks of the application, not to "you".
    assert all(e.note.startswith("Ward Nurse is closed") and "your" not in e.note.lower() for e in heard), heard
    states = [(await client.data(STATUS, {"id": a[2]}, a[0]))["node"] for a in (submitted, screening)]
    assert states == [{"status": "SUBMITTED", "version": 1}, {"status": "SCREENING", "version": 2}]
    # The recruiter still moves them.
    moved = await client.data(MOVE, {"id": submitted[2], "s": "REJECTED"}, employer)
    assert moved["updateApplicationStatus"]["status"] == "REJECTED"


async def test_two_closes_racing_tell_each_candidate_once(client, app):
    employer, _ = await client.employer()
    heard = _closure_events(app)
    told = []
    for round_ in range(3):
        job = await client.post_job(employer, title=f"Porter {round_}")
        applicants = await _applicants(client, app, employer, job, 2)
        told += applicants
        both = await asyncio.gather(*(client.execute(CLOSE, {"id": job["id"]}, employer) for _ in range(2)))
        assert [body["data"]["closeJob"]["status"] for body in both] == ["CLOSED", "CLOSED"], both
    await _told_once_each(app, heard, told, [])

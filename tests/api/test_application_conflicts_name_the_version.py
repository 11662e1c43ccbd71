"""Two people moving one application at once: one move applies, the other is a CONFLICT that
carries the application's global id and the version stored now, so the client can reload and
retry with it as `expectedVersion`. Both backends, the two requests truly concurrent."""
from __future__ import annotations

import asyncio

import pytest

from tests.admin_helpers import admin_token
from tests.applications_helpers import APPLY, MOVE, parsed_resume
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

STATUS = "query($id: ID!){ node(id: $id){ ... on Application { status version } } }"


async def _after(seconds: float, request):
    await asyncio.sleep(seconds)
    return await request


async def _applied(client, app=None) -> tuple[str, str | None, dict]:
    """An employer's job, a candidate's application to it, and (given the app) an admin's token."""
    candidate, _ = await client.candidate()
    resume = await parsed_resume(client, candidate)
    employer, _ = await client.employer()
    job = await client.post_job(employer)
    admin = (await admin_token(app, client))[0] if app is not None else None
    application = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate))["applyToJob"]
    return employer, admin, application


# The second request sent at once, or a little later: it may then read the application after
# the first one's write. The loser hears CONFLICT either way, never "cannot move to SCREENING".
@pytest.mark.parametrize("stagger", [0.0, 0.02, 0.3])
async def test_the_losing_move_names_the_current_version_and_a_retry_with_it_applies(served, stagger):
    client, app = served
    employer, admin, application = await _applied(client, app)
    assert application["version"] == 1

    bodies = await asyncio.gather(
        client.execute(MOVE, {"id": application["id"], "s": "SCREENING", "v": 1}, employer),
        _after(stagger, client.execute(MOVE, {"id": application["id"], "s": "SCREENING", "v": 1}, admin)),
    )
    won = [b for b in bodies if not b.get("errors")]
    lost = [b for b in bodies if b.get("errors")]
    assert len(won) == 1 and len(lost) == 1, bodies
    (error,) = lost[0]["errors"]
    assert error["extensions"] == {"code": "CONFLICT", "applicationId": application["id"], "currentVersion": 2}
    assert "version 2" in error["message"] and "moved this application first" in error["message"]
    assert "SCREENING" in error["message"]

    loser = employer if bodies[0] is lost[0] else admin
    current = (await client.data(STATUS, {"id": error["extensions"]["applicationId"]}, loser))["node"]
    assert current == {"status": "SCREENING", "version": error["extensions"]["currentVersion"]}
    retried = await client.data(
        MOVE, {"id": application["id"], "s": "INTERVIEW", "v": error["extensions"]["currentVersion"]}, loser)
    assert retried["updateApplicationStatus"]["version"] == 3


async def test_a_stale_expected_version_names_the_current_one(client):
    employer, _, application = await _applied(client)
    await client.data(MOVE, {"id": application["id"], "s": "SCREENING", "v": 1}, employer)
    body = await client.execute(MOVE, {"id": application["id"], "s": "INTERVIEW", "v": 1}, employer)
    assert body["errors"][0]["extensions"] == {
        "code": "CONFLICT", "applicationId": application["id"], "currentVersion": 2}


async def test_a_stale_expected_version_is_a_conflict_even_where_the_move_is_no_longer_allowed(served):
    """Read at version 1, sent after someone else rejected it: the move is judged on a state the
    sender never saw, so they are told it changed (and to what), not that the move is invalid."""
    client, app = served
    employer, admin, application = await _applied(client, app)
    await client.data(MOVE, {"id": application["id"], "s": "REJECTED", "v": 1}, employer)
    for status in ("SCREENING", "REJECTED"):
        (error,) = (await client.execute(MOVE, {"id": application["id"], "s": status, "v": 1}, admin))["errors"]
        assert error["extensions"] == {"code": "CONFLICT", "applicationId": application["id"], "currentVersion": 2}
        assert "moved this application first" in error["message"] and "REJECTED" in error["message"]
    # Without `expectedVersion` the sender claims no version: the move itself is judged.
    body = await client.execute(MOVE, {"id": application["id"], "s": "SCREENING"}, admin)
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert (await client.data(STATUS, {"id": application["id"]}, employer))["node"] == {
        "status": "REJECTED", "version": 2}


async def test_a_move_that_lost_to_a_withdrawal_is_not_told_to_retry(served):
    # The application is closed now: no version sent again would let a move through.
    client, app = served
    candidate, _ = await client.candidate()
    resume = await parsed_resume(client, candidate)
    employer, _ = await client.employer()
    job = await client.post_job(employer)
    application = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate))["applyToJob"]
    await client.data(MOVE, {"id": application["id"], "s": "WITHDRAWN", "v": 1}, candidate)
    (error,) = (await client.execute(MOVE, {"id": application["id"], "s": "SCREENING", "v": 1}, employer))["errors"]
    assert error["extensions"] == {"code": "CONFLICT", "applicationId": application["id"], "currentVersion": 2}
    assert "WITHDRAWN" in error["message"] and "closed" in error["message"]
    assert "try again" not in error["message"]

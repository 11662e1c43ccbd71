"""Two people moving one application at once: one move applies, the other is a CONFLICT that
carries the application's global id and the version stored now, so the client can reload and
retry with it as `expectedVersion`. Both backends, the two requests truly concurrent."""
from __future__ import annotations

import asyncio

from tests.admin_helpers import admin_token
from tests.applications_helpers import APPLY, MOVE, parsed_resume
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

STATUS = "query($id: ID!){ node(id: $id){ ... on Application { status version } } }"


async def test_the_losing_move_names_the_current_version_and_a_retry_with_it_applies(served):
    client, app = served
    candidate, _ = await client.candidate()
    resume = await parsed_resume(client, candidate)
    employer, _ = await client.employer()
    job = await client.post_job(employer)
    admin, _ = await admin_token(app, client)
    application = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate))["applyToJob"]
    assert application["version"] == 1

    bodies = await asyncio.gather(
        client.execute(MOVE, {"id": application["id"], "s": "SCREENING", "v": 1}, employer),
        client.execute(MOVE, {"id": application["id"], "s": "SCREENING", "v": 1}, admin),
    )
    won = [b for b in bodies if not b.get("errors")]
    lost = [b for b in bodies if b.get("errors")]
    assert len(won) == 1 and len(lost) == 1, bodies
    (error,) = lost[0]["errors"]
    assert error["extensions"] == {"code": "CONFLICT", "applicationId": application["id"], "currentVersion": 2}
    assert "version 2" in error["message"]

    loser = employer if bodies[0] is lost[0] else admin
    current = (await client.data(STATUS, {"id": error["extensions"]["applicationId"]}, loser))["node"]
    assert current == {"status": "SCREENING", "version": error["extensions"]["currentVersion"]}
    retried = await client.data(
        MOVE, {"id": application["id"], "s": "INTERVIEW", "v": error["extensions"]["currentVersion"]}, loser)
    assert retried["updateApplicationStatus"]["version"] == 3


async def test_a_stale_expected_version_names_the_current_one(client):
    candidate, _ = await client.candidate()
    resume = await parsed_resume(client, candidate)
    employer, _ = await client.employer()
    job = await client.post_job(employer)
    application = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate))["applyToJob"]
    await client.data(MOVE, {"id": application["id"], "s": "SCREENING", "v": 1}, employer)
    body = await client.execute(MOVE, {"id": application["id"], "s": "INTERVIEW", "v": 1}, employer)
    assert body["errors"][0]["extensions"] == {
        "code": "CONFLICT", "applicationId": application["id"], "currentVersion": 2}

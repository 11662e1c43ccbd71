"""Moves sent without `expectedVersion`: a recruiter's move to SUBMITTED of an application still
SUBMITTED is the idempotent success a move to where it is already is (it was refused as
"cannot move to SUBMITTED"), and a move that loses a race to someone else's is told so in terms
of what it sent, not pointed at an `expectedVersion` it never sent."""
from __future__ import annotations

import asyncio

from tests.admin_helpers import admin_token
from tests.applications_helpers import APPLY, MOVE, ready_to_apply


async def _applied(client):
    world = await ready_to_apply(client)
    application = (await client.data(APPLY, world.application, world.candidate))["applyToJob"]
    return world, application


async def test_a_recruiter_moving_a_submitted_application_to_submitted_changes_nothing(client):
    world, application = await _applied(client)
    body = await client.execute(MOVE, {"id": application["id"], "s": "SUBMITTED", "n": "seen"}, world.employer)
    assert not body.get("errors"), body
    moved = body["data"]["updateApplicationStatus"]
    assert (moved["status"], moved["version"]) == ("SUBMITTED", 1)
    assert [e["status"] for e in moved["history"]] == ["SUBMITTED"]


async def test_a_move_that_loses_a_race_says_what_happened_to_it(client, app):
    admin, _ = await admin_token(app, client)
    # Only truly simultaneous moves race (one after the other, both apply): tried until they do.
    for _ in range(10):
        world, application = await _applied(client)
        answers = await asyncio.gather(
            client.execute(MOVE, {"id": application["id"], "s": "SCREENING"}, world.employer),
            client.execute(MOVE, {"id": application["id"], "s": "REJECTED"}, admin),
        )
        lost = [a for a in answers if a.get("errors")]
        if lost:
            break
    assert len(lost) == 1, answers
    (error,) = lost[0]["errors"]
    assert error["extensions"]["code"] == "CONFLICT" and error["extensions"]["currentVersion"] == 2
    assert "expectedVersion" not in error["message"]
    asked, now = ("SCREENING", "REJECTED") if lost[0] is answers[0] else ("REJECTED", "SCREENING")
    assert f"your move to {asked} was being made, so yours was not made (it is in {now} at version 2 now)" \
        in error["message"], error["message"]

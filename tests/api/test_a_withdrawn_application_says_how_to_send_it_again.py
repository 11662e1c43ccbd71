"""A move out of WITHDRAWN is refused, but the application is not closed for good: its candidate
may send it again with applyToJob while the job is open. The refusal says so (to the candidate:
how; to the hiring team: that only the candidate can), instead of calling it closed."""
from __future__ import annotations

from tests.applications_helpers import APPLY, MOVE, ready_to_apply


async def test_the_candidate_is_pointed_at_apply_to_job(client):
    world = await ready_to_apply(client)
    first = (await client.data(APPLY, world.application, world.candidate))["applyToJob"]
    await client.data(MOVE, {"id": first["id"], "s": "WITHDRAWN"}, world.candidate)

    (refused,) = (await client.execute(MOVE, {"id": first["id"], "s": "SUBMITTED"}, world.candidate))["errors"]
    assert refused["extensions"]["code"] == "BAD_USER_INPUT" and refused["extensions"]["allowedStatuses"] == []
    assert "applyToJob" in refused["message"] and "closed" not in refused["message"], refused["message"]

    (team,) = (await client.execute(MOVE, {"id": first["id"], "s": "SCREENING"}, world.employer))["errors"]
    assert team["extensions"]["code"] == "BAD_USER_INPUT"
    assert "withdrew" in team["message"] and "closed" not in team["message"], team["message"]


async def test_a_rejected_application_moves_only_back_to_where_it_was_rejected(client):
    # Unlike a withdrawal, a rejection is the team's: they may take it back (to the stage it was
    # made at or earlier, domain/rejection_undo.py), and nothing else moves it.
    world = await ready_to_apply(client)
    first = (await client.data(APPLY, world.application, world.candidate))["applyToJob"]
    await client.data(MOVE, {"id": first["id"], "s": "REJECTED"}, world.employer)

    (refused,) = (await client.execute(MOVE, {"id": first["id"], "s": "SCREENING"}, world.employer))["errors"]
    assert "allowed next states for you: SUBMITTED" in refused["message"], refused["message"]
    assert refused["extensions"]["code"] == "BAD_USER_INPUT" and refused["extensions"]["allowedStatuses"] == ["SUBMITTED"]

"""Two recruiters making the same move without `expectedVersion` (each from their own screen):
the application is where both asked, so both succeed, whether the second move comes after the
first or at the same moment; the second changes nothing (no new version, no history entry).
With `expectedVersion` a stale read is still a CONFLICT (see
test_application_conflicts_name_the_version.py)."""
from __future__ import annotations

import asyncio

from tests.admin_helpers import admin_token
from tests.applications_helpers import APPLY, MOVE, ready_to_apply


async def _applied(client):
    world = await ready_to_apply(client)
    application = (await client.data(APPLY, world.application, world.candidate))["applyToJob"]
    return world, application


async def test_the_same_move_made_again_by_someone_else_is_a_success_that_changes_nothing(client, app):
    world, application = await _applied(client)
    admin, _ = await admin_token(app, client)
    first = (await client.data(MOVE, {"id": application["id"], "s": "SCREENING"}, world.employer))
    second = await client.execute(MOVE, {"id": application["id"], "s": "SCREENING", "n": "looks good"}, admin)
    assert not second.get("errors"), second
    moved = second["data"]["updateApplicationStatus"]
    assert moved == first["updateApplicationStatus"]
    assert moved["version"] == 2 and [e["status"] for e in moved["history"]] == ["SUBMITTED", "SCREENING"]
    # A status no one moves an application into stays refused, even where it already is.
    rejected = await client.execute(MOVE, {"id": application["id"], "s": "SUBMITTED"}, admin)
    assert rejected["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_the_same_move_by_two_people_at_once_succeeds_for_both(client, app):
    world, application = await _applied(client)
    admin, _ = await admin_token(app, client)
    answers = await asyncio.gather(
        client.execute(MOVE, {"id": application["id"], "s": "SCREENING"}, world.employer),
        client.execute(MOVE, {"id": application["id"], "s": "SCREENING"}, admin),
    )
    assert all(not a.get("errors") for a in answers), answers
    assert {a["data"]["updateApplicationStatus"]["version"] for a in answers} == {2}

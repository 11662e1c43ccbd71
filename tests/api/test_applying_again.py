"""Applying to a job already applied to names the existing application and its status: a
candidate who withdrew is told that a withdrawn application cannot be sent again, not sent to
"see the existing application" as if it were still under way."""
from __future__ import annotations

import asyncio

from tests.applications_helpers import APPLY, MOVE, ready_to_apply


async def test_applying_again_names_the_existing_applications_status(client):
    world = await ready_to_apply(client)
    first = (await client.data(APPLY, world.application, world.candidate))["applyToJob"]
    await client.data(MOVE, {"id": first["id"], "s": "SCREENING"}, world.employer)

    (again,) = (await client.execute(APPLY, world.application, world.candidate))["errors"]
    assert again["extensions"]["code"] == "CONFLICT"
    assert again["extensions"]["existingApplicationId"] == first["id"]
    assert again["extensions"]["existingStatus"] == "SCREENING" and "SCREENING" in again["message"]

    await client.data(MOVE, {"id": first["id"], "s": "WITHDRAWN"}, world.candidate)
    (after_withdrawal,) = (await client.execute(APPLY, world.application, world.candidate))["errors"]
    assert after_withdrawal["extensions"]["existingStatus"] == "WITHDRAWN"
    assert "withdrew" in after_withdrawal["message"] and "cannot be reopened" in after_withdrawal["message"]


async def test_two_tabs_applying_at_once_store_one_and_tell_the_other_it_exists(client):
    world = await ready_to_apply(client)
    answers = await asyncio.gather(*(client.execute(APPLY, world.application, world.candidate) for _ in range(4)))
    stored = [a["data"]["applyToJob"]["id"] for a in answers if a.get("data")]
    refused = [a["errors"][0]["extensions"] for a in answers if a.get("errors")]
    assert len(stored) == 1 and len(refused) == 3
    assert all(r["code"] == "CONFLICT" and r["existingApplicationId"] == stored[0] and r["existingStatus"] == "SUBMITTED"
               for r in refused)

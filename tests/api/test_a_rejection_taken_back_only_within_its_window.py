"""A rejection can be taken back for 30 days (domain/rejection_undo.py): past them the team is
told none of the moves is left and why, with the date of the rejection, through the served
gateway with its services' clock moved a month on."""
from __future__ import annotations

from datetime import timedelta

import pytest

from tests.applications_helpers import APPLY, MOVE, ready_to_apply
from tests.manual_clock import ShiftedClock

READ = "query($id: ID!){ node(id: $id){ ... on Application { status version } } }"


@pytest.fixture
def app_clock():
    return ShiftedClock()


async def _rejected_at_screening(client):
    world = await ready_to_apply(client, title="Night porter")
    application = (await client.data(APPLY, world.application, world.candidate))["applyToJob"]
    for version, status in enumerate(("SCREENING", "REJECTED"), start=1):
        await client.data(MOVE, {"id": application["id"], "s": status, "v": version}, world.employer)
    return world, application["id"]


async def test_twenty_nine_days_on_the_team_still_takes_it_back(client, app_clock):
    world, application = await _rejected_at_screening(client)
    app_clock.shift = timedelta(days=29)
    back = (await client.data(MOVE, {"id": application, "s": "SCREENING", "v": 3},
                              world.employer))["updateApplicationStatus"]
    assert (back["status"], back["version"]) == ("SCREENING", 4)


async def test_thirty_one_days_on_it_stays_rejected_and_the_team_is_told_why(client, app_clock):
    world, application = await _rejected_at_screening(client)
    rejected_on = app_clock.now().date().isoformat()
    app_clock.shift = timedelta(days=31)
    error = (await client.execute(MOVE, {"id": application, "s": "SCREENING", "v": 3}, world.employer))["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["allowedStatuses"] == []
    assert f"rejected on {rejected_on}" in error["message"] and "30 days" in error["message"], error["message"]
    still = (await client.data(READ, {"id": application}, world.employer))["node"]
    assert (still["status"], still["version"]) == ("REJECTED", 3)

"""`timeZone` on a person's preferences: whose days the daily digest gathers. Unset it reads
UTC (no phone number says otherwise); it is set, kept when left out, and null puts the default
back; a name that is no IANA zone is a 400 BAD_USER_INPUT naming the field, with what to send
(and the zone meant, where only the spelling was off), changing nothing. On both backends."""
from __future__ import annotations

import pytest

from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

UPDATE = "mutation($i: PreferencesInput!){ updatePreferences(input: $i){ preferences { timeZone } } }"
MINE = "{ me { preferences { timeZone notifyMinScore } } }"


async def _mine(client, token: str) -> dict:
    return (await client.data(MINE, token=token))["me"]["preferences"]


async def test_a_recruiter_sets_their_zone_keeps_it_when_left_out_and_null_restores_utc(served):
    client, _ = served
    recruiter, _ = await client.employer()
    assert await _mine(client, recruiter) == {"timeZone": "UTC", "notifyMinScore": 0.7}
    assert (await client.data(UPDATE, {"i": {"timeZone": "Australia/Sydney"}}, recruiter))["updatePreferences"] == {
        "preferences": {"timeZone": "Australia/Sydney"}}
    await client.data(UPDATE, {"i": {"notifyMinScore": 0.8}}, recruiter)
    assert await _mine(client, recruiter) == {"timeZone": "Australia/Sydney", "notifyMinScore": 0.8}
    await client.data(UPDATE, {"i": {"timeZone": None}}, recruiter)
    assert (await _mine(client, recruiter))["timeZone"] == "UTC"


async def test_a_candidate_sets_one_too(served):
    client, _ = served
    candidate, _ = await client.candidate()
    await client.data(UPDATE, {"i": {"timeZone": "America/Los_Angeles"}}, candidate)
    assert (await _mine(client, candidate))["timeZone"] == "America/Los_Angeles"


@pytest.mark.parametrize("name, meant", [("Mars/Olympus_Mons", None), ("australia/sydney", "Australia/Sydney"),
                                         ("../../etc/passwd", None), ("", None)])
async def test_a_name_that_is_no_zone_is_refused_saying_what_to_send(served, name, meant):
    client, _ = served
    recruiter, _ = await client.employer()
    await client.data(UPDATE, {"i": {"timeZone": "Europe/London"}}, recruiter)
    response = await client.http.post("/graphql", json={"query": UPDATE, "variables": {"i": {"timeZone": name}}},
                                      headers={"Authorization": f"Bearer {recruiter}"})
    assert response.status_code == 400, response.text
    (error,) = response.json()["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "timeZone"}
    assert "IANA time zone name, such as Europe/London" in error["message"]
    assert (f"Did you mean {meant}?" in error["message"]) == (meant is not None)
    assert (await _mine(client, recruiter))["timeZone"] == "Europe/London"

"""`matchEmailDigest` chooses how the "New candidates for <title>" emails reach a recruiter; a
candidate never gets one, so on a candidate the choice would be stored, shown back and steer
nothing. It is refused naming what a candidate's match emails follow instead, as a recruiter's
job-search preferences are, and nothing of the update is kept."""
from __future__ import annotations

import pytest

UPDATE = """mutation($i: PreferencesInput!){ updatePreferences(input: $i){
  preferences { matchEmailDigest notifyMinScore } } }"""
MINE = "{ me { preferences { matchEmailDigest notifyMinScore } } }"


@pytest.mark.parametrize("chosen", ["DAILY", "OFF"])
async def test_a_candidate_choosing_a_digest_is_refused_and_nothing_is_kept(client, chosen):
    candidate, _ = await client.candidate()
    body = await client.execute(UPDATE, {"i": {"matchEmailDigest": chosen, "notifyMinScore": 0.9}}, candidate)
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "matchEmailDigest"}
    assert "recruiter" in error["message"] and "updateNotificationChannels" in error["message"]
    assert (await client.data(MINE, token=candidate))["me"]["preferences"] == {
        "matchEmailDigest": "IMMEDIATE", "notifyMinScore": 0.7}


@pytest.mark.parametrize("as_read", ["IMMEDIATE", None])
async def test_a_candidate_writing_back_the_preferences_they_read_is_not_refused(client, as_read):
    candidate, _ = await client.candidate()
    body = await client.execute(UPDATE, {"i": {"matchEmailDigest": as_read, "notifyMinScore": 0.9}}, candidate)
    assert "errors" not in body, body
    assert body["data"]["updatePreferences"]["preferences"] == {"matchEmailDigest": "IMMEDIATE", "notifyMinScore": 0.9}

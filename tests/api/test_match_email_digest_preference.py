"""`matchEmailDigest` on a person's preferences: how the "New candidates for <title>" emails
reach them. Unset, a recruiter reads DAILY and a candidate IMMEDIATE; a recruiter sets it (and
null puts the default back); a value outside the enum is a 400 validation error naming what is
allowed; an administrator has no preferences to set (FORBIDDEN, as for the others)."""
from __future__ import annotations

import pytest

from tests.admin_helpers import admin_token

UPDATE = "mutation($i: PreferencesInput!){ updatePreferences(input: $i){ preferences { matchEmailDigest } } }"
MINE = "{ me { preferences { matchEmailDigest notifyMinScore } } }"


async def _mine(client, token: str) -> dict:
    return (await client.data(MINE, token=token))["me"]["preferences"]


async def test_unset_reads_daily_for_a_recruiter_and_immediate_for_a_candidate(client):
    recruiter, _ = await client.employer()
    candidate, _ = await client.candidate()
    assert await _mine(client, recruiter) == {"matchEmailDigest": "DAILY", "notifyMinScore": 0.7}
    assert await _mine(client, candidate) == {"matchEmailDigest": "IMMEDIATE", "notifyMinScore": 0.7}


async def test_a_recruiter_sets_it_keeps_it_when_left_out_and_null_restores_the_default(client):
    recruiter, _ = await client.employer()
    for chosen in ("OFF", "IMMEDIATE"):
        assert (await client.data(UPDATE, {"i": {"matchEmailDigest": chosen}}, recruiter))["updatePreferences"] == {
            "preferences": {"matchEmailDigest": chosen}}
    await client.data(UPDATE, {"i": {"notifyMinScore": 0.8}}, recruiter)
    assert await _mine(client, recruiter) == {"matchEmailDigest": "IMMEDIATE", "notifyMinScore": 0.8}
    await client.data(UPDATE, {"i": {"matchEmailDigest": None}}, recruiter)
    assert (await _mine(client, recruiter))["matchEmailDigest"] == "DAILY"


@pytest.mark.parametrize("query, variables, code", [
    # A variable's value is the caller's input (the house's code for bad variables); a literal
    # in the document fails validation.
    (UPDATE, {"i": {"matchEmailDigest": "WEEKLY"}}, "BAD_USER_INPUT"),
    ("mutation { updatePreferences(input: {matchEmailDigest: WEEKLY}) { id } }", None, "GRAPHQL_VALIDATION_FAILED"),
])
async def test_a_value_outside_the_enum_is_a_400_validation_error(client, query, variables, code):
    recruiter, _ = await client.employer()
    response = await client.http.post("/graphql", json={"query": query, "variables": variables},
                                      headers={"Authorization": f"Bearer {recruiter}"})
    assert response.status_code == 400, response.text
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == code, error
    # the enum and its values are named; the value sent is not repeated (resolvers/values_not_repeated.py)
    assert "'MatchEmailDigest' enum" in error["message"] and "WEEKLY" not in error["message"]
    assert (await _mine(client, recruiter))["matchEmailDigest"] == "DAILY"


async def test_an_administrator_cannot_set_it(app, client):
    admin, _ = await admin_token(app, client)
    response = await client.http.post("/graphql", json={"query": UPDATE, "variables": {"i": {"matchEmailDigest": "OFF"}}},
                                      headers={"Authorization": f"Bearer {admin}"})
    assert response.status_code == 403, response.text
    assert response.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"

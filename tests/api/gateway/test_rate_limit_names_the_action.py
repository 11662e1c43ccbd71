"""A refusal from the strict bucket names the action that was limited: someone inviting
colleagues is not told about sign-in attempts they never made."""
from __future__ import annotations

import pytest


@pytest.fixture
def settings(settings):
    settings.rate_limits = "on"
    settings.rate_limit_default = "100000/60"
    settings.rate_limit_sensitive = "2/3600"
    return settings


async def _refusal_after_the_limit(client, query: str) -> tuple[int, dict]:
    for _ in range(2):
        await client.http.post("/graphql", json={"query": query})
    response = await client.http.post("/graphql", json={"query": query})
    return response.status_code, response.json()["errors"][0]


async def test_too_many_invitations_say_invitations_not_sign_ins(client):
    status, error = await _refusal_after_the_limit(
        client, 'mutation{ inviteRecruiter(email: "deputy@example.com"){ token } }')
    assert status == 429 and error["extensions"]["code"] == "RATE_LIMITED"
    assert "recruiter invitations" in error["message"] and "inviteRecruiter" in error["message"]
    assert "sign-in" not in error["message"]
    assert "retry after" in error["message"]


async def test_too_many_logins_still_say_sign_in_attempts(client):
    status, error = await _refusal_after_the_limit(
        client, 'mutation{ login(email: "x@example.com", password: "wrong password!"){ accessToken } }')
    assert status == 429 and "sign-in attempts" in error["message"]

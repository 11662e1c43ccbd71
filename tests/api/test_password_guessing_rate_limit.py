"""Every field that checks the account's password answers whether a guess was right, so each
takes from the strict per-address bucket of the sensitive fields: a stolen access token is
no way to guess the password at the full request rate (and from it, take the account)."""
from __future__ import annotations

import pytest

LIMIT = 3
GUESSES = {
    "requestEmailChange": 'mutation($p: String!){ requestEmailChange(newEmail: "x@example.org", currentPassword: $p) }',
    "deleteAccount": "mutation($p: String!){ deleteAccount(password: $p) }",
}


@pytest.fixture
def settings(settings):
    settings.rate_limits = "on"
    settings.rate_limit_default = "100000/60"
    settings.rate_limit_sensitive = f"{LIMIT}/3600"  # no refill while the test runs
    # The test client's peer: a proxy whose X-Forwarded-For names each request's client.
    settings.trusted_proxies = ["127.0.0.1"]
    return settings


@pytest.mark.parametrize("field", sorted(GUESSES))
async def test_password_guesses_past_the_bucket_are_refused_with_429(client, field):
    token, _ = await client.candidate()
    headers = {"Authorization": f"Bearer {token}"}
    for n in range(LIMIT):
        wrong = await client.http.post("/graphql", json={"query": GUESSES[field], "variables": {"p": f"guess {n}"}},
                                       headers=headers)
        assert wrong.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    refused = await client.http.post("/graphql", json={"query": GUESSES[field], "variables": {"p": "guess"}},
                                     headers=headers)
    assert refused.status_code == 429 and refused.headers.get("Retry-After")
    assert refused.json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"


SPREAD_GUESSES = {
    **GUESSES,
    "changePassword": 'mutation($p: String!){ changePassword(currentPassword: $p, newPassword: "A-new-one-7-horses")'
                      "{ accessToken } }",
}


@pytest.mark.parametrize("field", sorted(SPREAD_GUESSES))
async def test_password_guesses_from_many_client_addresses_share_the_accounts_bucket(client, field):
    # Behind a trusted proxy every guess names a different client address, so each would have
    # a fresh per-address bucket: the account's own bucket still runs dry after LIMIT guesses.
    token, _ = await client.candidate()
    codes = []
    for n in range(LIMIT + 2):
        response = await client.http.post(
            "/graphql", json={"query": SPREAD_GUESSES[field], "variables": {"p": f"guess {n}"}},
            headers={"Authorization": f"Bearer {token}", "X-Forwarded-For": f"203.0.113.{n + 1}"})
        codes.append(response.json()["errors"][0]["extensions"]["code"])
    assert codes == ["BAD_USER_INPUT"] * LIMIT + ["RATE_LIMITED"] * 2

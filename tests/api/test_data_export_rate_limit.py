"""The data export is the costliest read a person can ask for: it takes from the strict
per-address bucket of the sensitive fields, so repeating it is refused with 429 and a code."""
from __future__ import annotations

import pytest

from tests.api.test_data_export import EXPORT

LIMIT = 3


@pytest.fixture
def settings(settings):
    settings.rate_limits = "on"
    settings.rate_limit_default = "100000/60"
    settings.rate_limit_sensitive = f"{LIMIT}/3600"  # no refill while the test runs
    return settings


async def test_exports_past_the_bucket_are_refused_with_429_and_rate_limited(client):
    token, _ = await client.candidate()
    headers = {"Authorization": f"Bearer {token}"}
    for _ in range(LIMIT):
        response = await client.http.post("/graphql", json={"query": EXPORT}, headers=headers)
        assert response.status_code == 200 and "errors" not in response.json()
    refused = await client.http.post("/graphql", json={"query": EXPORT}, headers=headers)
    assert refused.status_code == 429 and refused.headers.get("Retry-After")
    assert refused.json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"

"""`register` answers a taken address with CONFLICT (the contract's AuthPayload hands the new
account's tokens back at once, so a taken address cannot be answered alike: docs/privacy.md).
What keeps it from being a fast way to learn which addresses have accounts is the strict
sign-up bucket: probes of taken addresses spend it as sign-ups do, and past it every attempt,
new address or taken, is refused with 429 and creates nothing."""
from __future__ import annotations

import sqlite3

import pytest

LIMIT = 10
PASSWORD = "correct horse battery staple"
REGISTER = """mutation($i: RegisterInput!){ register(input: $i){ accessToken } }"""


@pytest.fixture
def settings(settings):
    settings.rate_limits = "on"
    settings.rate_limit_default = "100000/60"
    settings.rate_limit_sensitive = f"{LIMIT}/3600"  # no attempt earned back while the test runs
    return settings


def _registration(email: str) -> dict:
    return {"i": {"email": email, "password": PASSWORD, "name": "Probe", "role": "CANDIDATE"}}


async def test_probing_taken_addresses_spends_the_sign_up_bucket_and_then_nothing_is_answered(client, settings):
    taken = await client.register("CANDIDATE")  # one of the bucket's attempts
    assert taken["accessToken"]
    codes = []
    for n in range(LIMIT - 1):
        email = taken["user"]["email"].upper() if n % 2 else taken["user"]["email"]
        body = (await client.http.post("/graphql", json={"query": REGISTER, "variables": _registration(email)})).json()
        codes.append(body["errors"][0]["extensions"]["code"])
    assert codes == ["CONFLICT"] * (LIMIT - 1)
    for email in ("brand.new@example.com", taken["user"]["email"]):
        response = await client.http.post("/graphql", json={"query": REGISTER, "variables": _registration(email)})
        assert response.status_code == 429 and int(response.headers["retry-after"]) > 0
        assert response.json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    with sqlite3.connect(settings.database_path) as db:
        assert db.execute("SELECT count(*) FROM users").fetchone() == (1,)

"""A code typed before any was asked for is told as that, with how to ask for one: "expired or
already used" sends a person looking for a text message that was never sent."""
from __future__ import annotations

import re

from tests.account_helpers import outbox_for

REQUEST_CODE = "mutation($p: String!){ requestPhoneVerification(phone: $p) }"
VERIFY_PHONE = "mutation($c: String!){ verifyPhone(code: $c){ phone phoneVerified } }"


async def test_a_code_with_none_ever_requested_says_how_to_request_one(client):
    token = (await client.register("CANDIDATE"))["accessToken"]
    response = await client.http.post(
        "/graphql", json={"query": VERIFY_PHONE, "variables": {"c": "000000"}},
        headers={"authorization": f"Bearer {token}"})
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and error["extensions"]["reason"] == "NOT_REQUESTED"
    assert "No code was requested" in error["message"] and "requestPhoneVerification" in error["message"]
    assert "expired" not in error["message"]


async def test_a_code_used_already_is_not_told_as_never_requested(client, app):
    signed = await client.register("CANDIDATE")
    token = signed["accessToken"]
    await client.data(REQUEST_CODE, {"p": "+1 415 555 2671"}, token)
    (sms,) = await outbox_for(app, signed["user"]["id"], channel="sms")
    code = re.search(r"\b(\d{6})\b", sms["body_text"]).group(1)
    await client.data(VERIFY_PHONE, {"c": code}, token)
    error = (await client.execute(VERIFY_PHONE, {"c": code}, token))["errors"][0]
    assert error["extensions"]["reason"] == "EXPIRED" and "ask for a new one" in error["message"]

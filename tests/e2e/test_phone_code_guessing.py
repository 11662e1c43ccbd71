"""A texted code allows five guesses in all, however many arrive at the same moment: the
attempt is counted and checked against the limit in one atomic step before the code is
compared, so concurrent guesses cannot all read "no attempts yet"."""
from __future__ import annotations

import asyncio
import re

import httpx

from tests.account_helpers import outbox_for
from tests.graphql_client import GraphQLClient

REQUEST_CODE = "mutation($p: String!){ requestPhoneVerification(phone: $p) }"
VERIFY_PHONE = "mutation($c: String!){ verifyPhone(code: $c){ phoneVerified } }"
MAX_CODE_ATTEMPTS = 5


async def test_a_hundred_concurrent_wrong_guesses_check_at_most_five_and_then_the_right_code_is_refused(client, app):
    signed = await client.register("CANDIDATE")
    token, user = signed["accessToken"], signed["user"]
    assert (await client.data(REQUEST_CODE, {"p": "+1 415 555 2671"}, token))["requestPhoneVerification"] is True
    (sms,) = await outbox_for(app, user["id"], channel="sms")
    code = re.search(r"\b(\d{6})\b", sms["body_text"]).group(1)
    wrong = "000000" if code != "000000" else "111111"

    answers = await asyncio.gather(*(client.execute(VERIFY_PHONE, {"c": wrong}, token) for _ in range(100)))
    reasons = [answer["errors"][0]["extensions"].get("reason") for answer in answers]
    assert reasons.count("WRONG_CODE") <= MAX_CODE_ATTEMPTS
    assert set(reasons) <= {"WRONG_CODE", "TOO_MANY_ATTEMPTS"}

    refused = (await client.execute(VERIFY_PHONE, {"c": code}, token))["errors"][0]
    assert refused["extensions"]["reason"] == "TOO_MANY_ATTEMPTS"


async def test_a_hundred_guesses_over_real_connections_at_once_check_at_most_five(gateway):
    async with httpx.AsyncClient(base_url=gateway.url, timeout=60,
                                 limits=httpx.Limits(max_connections=100)) as http:
        client = GraphQLClient(http)
        token = (await client.register("CANDIDATE"))["accessToken"]
        assert (await client.data(REQUEST_CODE, {"p": "+1 415 555 2671"}, token))["requestPhoneVerification"] is True
        # Not a six-digit code, so never the right one; the server still counts and compares it.
        answers = await asyncio.gather(*(client.execute(VERIFY_PHONE, {"c": "not-the-code"}, token) for _ in range(100)))
        reasons = [answer["errors"][0]["extensions"].get("reason") for answer in answers]
        assert reasons.count("WRONG_CODE") <= MAX_CODE_ATTEMPTS
        assert set(reasons) <= {"WRONG_CODE", "TOO_MANY_ATTEMPTS"}
        after = (await client.execute(VERIFY_PHONE, {"c": "not-the-code"}, token))["errors"][0]
        assert after["extensions"]["reason"] == "TOO_MANY_ATTEMPTS"

"""Email verification over HTTP: the mailed link, single use, expiry, forgeries, the rate of
resends, and what an unverified account may not do yet."""
from __future__ import annotations

import math

import pytest

from tests.account_helpers import ME, link_token, mailed
from tests.applications_helpers import parsed_resume

VERIFY = "mutation($t: String!){ verifyEmail(token: $t) }"
RESEND = "mutation{ resendVerification }"
APPLY = "mutation($i: ApplyInput!){ applyToJob(input: $i){ id status } }"
POST = 'mutation{ postJob(input: {title: "Backend Engineer", description: "Python APIs"}){ id } }'
SUBJECT = "Confirm your email address"


@pytest.fixture
def settings(settings, request):
    settings.require_verified_email = True
    settings.public_base_url = "https://talentgraph.example.test/app"
    for name, value in getattr(request, "param", {}).items():
        setattr(settings, name, value)
    return settings


async def test_registering_mails_a_link_that_verifies_the_address_once(client, app):
    signed = await client.register("CANDIDATE", name="Ada Lovelace")
    (message,) = await mailed(app, signed["user"]["id"], SUBJECT)
    assert message["channel"] == "email" and message["recipient"] == signed["user"]["email"]
    assert "Ada Lovelace" in message["body_text"] and "Ada Lovelace" in message["body_html"]
    assert "https://talentgraph.example.test/app/verify-email?token=" in message["body_text"]
    assert (await client.data(ME, token=signed["accessToken"]))["me"]["emailVerified"] is False

    token = link_token(message)
    assert (await client.data(VERIFY, {"t": token}))["verifyEmail"] is True
    assert (await client.data(ME, token=signed["accessToken"]))["me"]["emailVerified"] is True

    reused = (await client.execute(VERIFY, {"t": token}))["errors"][0]
    assert reused["extensions"]["code"] == "BAD_USER_INPUT" and reused["extensions"]["reason"] == "USED"


async def test_a_forged_verification_token_is_refused(client, app):
    signed = await client.register("CANDIDATE")
    token = link_token((await mailed(app, signed["user"]["id"], SUBJECT))[0])
    forged = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    error = (await client.execute(VERIFY, {"t": forged}))["errors"][0]
    assert error["extensions"]["reason"] == "INVALID" and "not valid" in error["message"]
    assert (await client.data(ME, token=signed["accessToken"]))["me"]["emailVerified"] is False


@pytest.mark.parametrize("settings", [{"email_verification_hours": 0}], indirect=True)
async def test_an_expired_verification_token_is_refused(client, app):
    signed = await client.register("CANDIDATE")
    token = link_token((await mailed(app, signed["user"]["id"], SUBJECT))[0])
    error = (await client.execute(VERIFY, {"t": token}))["errors"][0]
    assert error["extensions"]["reason"] == "EXPIRED" and "expired" in error["message"]


async def test_resending_at_once_is_rate_limited(client, app):
    signed = await client.register("CANDIDATE")
    await mailed(app, signed["user"]["id"], SUBJECT)
    limited = (await client.execute(RESEND, token=signed["accessToken"]))["errors"][0]
    assert limited["extensions"]["code"] == "RATE_LIMITED" and limited["extensions"]["retryAfter"] > 0
    assert len(await mailed(app, signed["user"]["id"], SUBJECT)) == 1


async def test_a_rate_limited_resend_is_a_429_saying_when_to_retry_in_its_header(client, app):
    signed = await client.register("CANDIDATE")
    await mailed(app, signed["user"]["id"], SUBJECT)
    response = await client.http.post(
        "/graphql", json={"query": RESEND},
        headers={"accept": "application/json", "authorization": f"Bearer {signed['accessToken']}"})
    assert response.status_code == 429, response.text
    wait = response.json()["errors"][0]["extensions"]["retryAfter"]
    assert int(response.headers["retry-after"]) == max(1, math.ceil(wait)), response.headers


async def test_until_verified_a_candidate_cannot_apply_and_an_employer_cannot_post(client, app):
    employer = await client.register("EMPLOYER")
    refused = (await client.execute(POST, token=employer["accessToken"]))["errors"][0]
    assert refused["extensions"]["code"] == "FORBIDDEN" and "Verify your email address" in refused["message"]
    await client.data(VERIFY, {"t": link_token((await mailed(app, employer["user"]["id"], SUBJECT))[0])})
    job = (await client.data(POST, token=employer["accessToken"]))["postJob"]

    candidate = await client.register("CANDIDATE")
    resume = await parsed_resume(client, candidate["accessToken"])
    apply = {"i": {"jobId": job["id"], "resumeId": resume}}
    refused = (await client.execute(APPLY, apply, candidate["accessToken"]))["errors"][0]
    assert refused["extensions"]["code"] == "FORBIDDEN" and "verified email to apply" in refused["message"]
    await client.data(VERIFY, {"t": link_token((await mailed(app, candidate["user"]["id"], SUBJECT))[0])})
    assert (await client.data(APPLY, apply, candidate["accessToken"]))["applyToJob"]["status"] == "SUBMITTED"


@pytest.mark.parametrize("settings", [{"require_verified_email": False}], indirect=True)
async def test_the_rule_is_lifted_when_verified_email_is_not_required(client):
    employer = await client.register("EMPLOYER")
    assert (await client.data(POST, token=employer["accessToken"]))["postJob"]["id"]

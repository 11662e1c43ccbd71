"""Where verified addresses are required, an invitation is accepted only by an account whose
address is proven: whoever typed the invitee's address into a sign-up has not shown it is theirs."""
from __future__ import annotations

import pytest

from tests.account_helpers import raw_id

INVITE = "mutation($e: String!){ inviteRecruiter(email: $e){ token } }"
ACCEPT = "mutation($t: String!){ acceptInvitation(token: $t){ role } }"


@pytest.fixture
def settings(settings):
    return settings.model_copy(update={"require_verified_email": True})


async def test_an_unverified_account_cannot_accept_until_its_address_is_verified(client, app):
    recruiter, recruiter_user = await client.employer()
    invitee, invitee_user = await client.candidate()
    users = app.state.services.repositories.users
    await users.set_email_verified(raw_id(recruiter_user["id"]))
    token = (await client.data(INVITE, {"e": invitee_user["email"]}, recruiter))["inviteRecruiter"]["token"]

    refused = await client.execute(ACCEPT, {"t": token}, invitee)
    assert refused["errors"][0]["extensions"] == {"code": "FORBIDDEN", "reason": "EMAIL_NOT_VERIFIED"}
    await users.set_email_verified(raw_id(invitee_user["id"]))
    assert (await client.data(ACCEPT, {"t": token}, invitee))["acceptInvitation"]["role"] == "EMPLOYER"

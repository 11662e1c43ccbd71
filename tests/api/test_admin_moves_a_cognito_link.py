"""Support moves an account to another Cognito user: an administrator ends the account's link
(adminUnlinkIdentity), the old user's tokens stop signing in to it, and the next sign-in by the
account's verified address links the new user. Cognito's token verification is stubbed at the
edge as in test_cognito_link_ends_with_the_way_in.py; the rest is the embedded backend over HTTP."""
from __future__ import annotations

import asyncio

import pytest

from resolvers.ids import to_global_id
from tests.account_helpers import ME, link_token, mailed
from tests.admin_helpers import admin_token
from tests.api.test_cognito_link_ends_with_the_way_in import POOL, with_cognito

UNLINK = "mutation($id: ID!){ adminUnlinkIdentity(id: $id){ unlinkedIdentity user { id email } } }"
VERIFY = "mutation($t: String!){ verifyEmail(token: $t) }"


async def _verified_candidate(client, app) -> tuple[str, dict]:
    token, person = await client.candidate()
    (message,) = await mailed(app, person["id"], "Confirm your email address")
    assert (await client.data(VERIFY, {"t": link_token(message)}, token))["verifyEmail"] is True
    return token, person


async def _code(client, token: str) -> str | None:
    body = await client.execute(ME, token=token)
    return body["errors"][0]["extensions"]["code"] if "errors" in body else None


@pytest.mark.parametrize("replace_adapters", [with_cognito])
async def test_an_unlinked_account_signs_in_through_the_next_cognito_user_with_its_address(client, app):
    admin, _ = await admin_token(app, client)
    _, owner = await _verified_candidate(client, app)
    old, new = f"cognito:old-sub:{owner['email']}", f"cognito:new-sub:{owner['email']}"
    assert (await client.data(ME, token=old))["me"]["id"] == owner["id"]  # linked at its first sign-in
    assert await _code(client, new) == "UNAUTHENTICATED"  # linked to another Cognito user

    moved = (await client.data(UNLINK, {"id": owner["id"]}, admin))["adminUnlinkIdentity"]
    assert moved == {"unlinkedIdentity": f"{POOL}#old-sub", "user": {"id": owner["id"], "email": owner["email"]}}
    assert await _code(client, "cognito:old-sub:-") == "UNAUTHENTICATED"  # an access token names no address
    assert (await client.data(ME, token=new))["me"]["id"] == owner["id"]  # the new user links by the address
    assert await _code(client, old) == "UNAUTHENTICATED"


@pytest.mark.parametrize("replace_adapters", [with_cognito])
async def test_unlinking_an_account_with_no_link_answers_none_and_an_unknown_one_not_found(client, app):
    admin, _ = await admin_token(app, client)
    _, person = await client.candidate()
    unlinked = (await client.data(UNLINK, {"id": person["id"]}, admin))["adminUnlinkIdentity"]
    assert unlinked["unlinkedIdentity"] is None and unlinked["user"]["id"] == person["id"]
    assert await client.error_code(UNLINK, {"id": to_global_id("User", "nobody")}, admin) == "NOT_FOUND"
    assert await client.error_code(UNLINK, {"id": to_global_id("Job", "x")}, admin) == "BAD_USER_INPUT"


@pytest.mark.parametrize("replace_adapters", [with_cognito])
async def test_two_administrators_unlinking_at_once_end_the_link_once(client, app):
    first, _ = await admin_token(app, client)
    second, _ = await admin_token(app, client)
    _, owner = await _verified_candidate(client, app)
    assert (await client.data(ME, token=f"cognito:old-sub:{owner['email']}"))["me"]["id"] == owner["id"]
    answers = await asyncio.gather(*(client.data(UNLINK, {"id": owner["id"]}, admin) for admin in (first, second)))
    ended = sorted(str(a["adminUnlinkIdentity"]["unlinkedIdentity"]) for a in answers)
    assert ended == sorted([f"{POOL}#old-sub", "None"])

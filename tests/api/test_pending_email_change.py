"""The address change one asked for and has not confirmed, over HTTP: shown on `me` (to its owner
only), gone once confirmed, and stopped by cancelEmailChange (its link then refused)."""
from __future__ import annotations

from tests.account_helpers import link_token, mailed

PASSWORD = "correct horse battery staple"
REQUEST = "mutation($e: String!, $p: String!){ requestEmailChange(newEmail: $e, currentPassword: $p) }"
CONFIRM = "mutation($t: String!){ confirmEmailChange(token: $t) }"
CANCEL = "mutation { cancelEmailChange }"
PENDING = "{ me { email pendingEmailChange { newEmail requestedAt expiresAt } } }"
CONFIRM_SUBJECT = "Confirm your new email address"


async def _pending(client, token: str) -> dict | None:
    return (await client.data(PENDING, token=token))["me"]["pendingEmailChange"]


async def test_the_asked_for_address_shows_until_it_is_confirmed(client, app):
    token, person = await client.candidate()
    assert await _pending(client, token) is None
    assert (await client.data(REQUEST, {"e": "Next.Address@Example.org", "p": PASSWORD}, token))

    pending = await _pending(client, token)
    assert pending["newEmail"] == "next.address@example.org"
    assert pending["requestedAt"] < pending["expiresAt"]

    (link,) = await mailed(app, person["id"], CONFIRM_SUBJECT)
    assert (await client.data(CONFIRM, {"t": link_token(link)}))["confirmEmailChange"] is True
    assert await _pending(client, token) is None


async def test_cancelling_stops_the_link(client, app):
    token, person = await client.candidate()
    assert (await client.data(CANCEL, token=token))["cancelEmailChange"] is False  # nothing to stop
    assert (await client.data(REQUEST, {"e": "changed-my-mind@example.org", "p": PASSWORD}, token))
    (link,) = await mailed(app, person["id"], CONFIRM_SUBJECT)

    assert (await client.data(CANCEL, token=token))["cancelEmailChange"] is True
    assert await _pending(client, token) is None
    refused = await client.execute(CONFIRM, {"t": link_token(link)})
    assert refused["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert (await client.data(PENDING, token=token))["me"]["email"] == person["email"]


async def test_nobody_else_sees_it_or_cancels_it(client, app):
    token, person = await client.candidate()
    assert (await client.data(REQUEST, {"e": "private-plan@example.org", "p": PASSWORD}, token))
    other_token, _ = await client.candidate()
    node = "query($id: ID!){ node(id: $id) { ... on User { pendingEmailChange { newEmail } } } }"
    seen = await client.execute(node, {"id": person["id"]}, other_token)
    assert "private-plan" not in str(seen.get("data"))
    assert (await client.data(CANCEL, token=other_token))["cancelEmailChange"] is False
    assert (await _pending(client, token))["newEmail"] == "private-plan@example.org"


async def test_cancelling_needs_a_sign_in(client):
    answer = await client.execute(CANCEL)
    assert answer["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_one_document_reads_the_pending_change_after_each_mutation(client, app):
    token, _ = await client.candidate()
    document = ("mutation($e: String!, $p: String!){ before: updateMyName(name: \"Ada L\") { pendingEmailChange"
                " { newEmail } } ask: requestEmailChange(newEmail: $e, currentPassword: $p)"
                " asked: updateMyName(name: \"Ada M\") { pendingEmailChange { newEmail } }"
                " stop: cancelEmailChange after: updateMyName(name: \"Ada N\") { pendingEmailChange { newEmail } } }")
    data = await client.data(document, {"e": "in-one-go@example.org", "p": PASSWORD}, token)
    assert data["before"]["pendingEmailChange"] is None
    assert data["asked"]["pendingEmailChange"] == {"newEmail": "in-one-go@example.org"}
    assert data["stop"] is True and data["after"]["pendingEmailChange"] is None


async def test_a_cancel_after_the_confirmation_says_nothing_was_stopped(client, app):
    token, person = await client.candidate()
    assert (await client.data(REQUEST, {"e": "already-mine@example.org", "p": PASSWORD}, token))
    (link,) = await mailed(app, person["id"], CONFIRM_SUBJECT)
    assert (await client.data(CONFIRM, {"t": link_token(link)}))["confirmEmailChange"] is True
    assert (await client.data(CANCEL, token=token))["cancelEmailChange"] is False

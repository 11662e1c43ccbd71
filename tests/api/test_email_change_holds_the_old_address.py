"""After a confirmed address change the old address is held for the account while its undo link
works, over HTTP: nobody registers it, changes to it or signs in with it, a reset asked for it
mails nobody; the undo takes it back, as does a change back by the owner; once the link expired,
or the account was erased, it is free."""
from __future__ import annotations

import asyncio
from datetime import timedelta

from tests.account_helpers import ME, link_token, mailed, outbox_for
from tests.graphql_client import REGISTER

PASSWORD = "correct horse battery staple"
REQUEST = "mutation($e: String!, $p: String!){ requestEmailChange(newEmail: $e, currentPassword: $p) }"
CONFIRM = "mutation($t: String!){ confirmEmailChange(token: $t) }"
UNDO = "mutation($t: String!){ undoEmailChange(token: $t) }"
LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken } }"
RESET = "mutation($e: String!){ requestPasswordReset(email: $e) }"
DELETE = "mutation($p: String!){ deleteAccount(password: $p) }"
EXPORT = "mutation { exportMyData { document } }"
CONFIRM_SUBJECT = "Confirm your new email address"
CHANGED_SUBJECT = "Your email address was changed"
RESET_SUBJECT = "Reset your password"
HELD_ASKED_SUBJECT = "Someone asked to use this email address"


async def _change(client, app, token: str, user: dict, new: str, count: int = 1) -> None:
    assert (await client.data(REQUEST, {"e": new, "p": PASSWORD}, token))["requestEmailChange"] is True
    message = (await mailed(app, user["id"], CONFIRM_SUBJECT, count))[-1]
    assert message["recipient"] == new
    assert (await client.data(CONFIRM, {"t": link_token(message)}))["confirmEmailChange"] is True


async def _register(client, email: str) -> dict:
    return await client.execute(REGISTER, {"input": {"email": email, "password": PASSWORD, "name": "Someone Else",
                                                     "role": "CANDIDATE"}})


def _code(answer: dict) -> str:
    return answer["errors"][0]["extensions"]["code"]


async def test_the_old_address_is_nobody_elses_while_the_undo_link_works(client, app):
    token, owner = await client.candidate()
    await _change(client, app, token, owner, "thief@example.org")
    held = owner["email"]

    taken = await _register(client, held)
    assert _code(taken) == "CONFLICT" and taken["errors"][0]["extensions"]["field"] == "email"
    in_use = await _register(client, "thief@example.org")
    assert taken["errors"][0]["message"] == in_use["errors"][0]["message"]  # as an address in use

    unknown = await client.execute(LOGIN, {"e": "nobody-at-all@example.org", "p": PASSWORD})
    refused = await client.execute(LOGIN, {"e": held, "p": PASSWORD})
    assert _code(refused) == "UNAUTHENTICATED"
    assert refused["errors"][0]["message"] == unknown["errors"][0]["message"]

    assert (await client.data(RESET, {"e": held}))["requestPasswordReset"] is True
    await asyncio.sleep(0.2)
    assert await outbox_for(app, owner["id"], RESET_SUBJECT) == []

    # Someone else asking for it gets the usual answer, and its mailbox (the owner's) no link to refuse.
    other_token, other = await client.candidate()
    assert (await client.data(REQUEST, {"e": held, "p": PASSWORD}, other_token))["requestEmailChange"] is True
    await asyncio.sleep(0.2)
    assert await outbox_for(app, other["id"], CONFIRM_SUBJECT) == []
    assert (await client.data(ME, token=other_token))["me"]["email"] == other["email"]
    # Told instead, as an address in use's owner is (the same work either way): nothing changed.
    (told,) = await mailed(app, owner["id"], HELD_ASKED_SUBJECT)
    assert (told["recipient"], "nothing was changed" in told["body_text"]) == (held, True)


async def test_a_link_asked_for_before_the_address_was_held_is_refused(client, app):
    service = app.state.services.lifecycle.email_change
    service._limit = type(service._limit)(interval=timedelta(0), per_window=100)
    other_token, other = await client.candidate()
    assert (await client.data(REQUEST, {"e": "briefly@example.org", "p": PASSWORD}, other_token))
    (link,) = await mailed(app, other["id"], CONFIRM_SUBJECT)
    token, owner = await client.candidate()
    await _change(client, app, token, owner, "briefly@example.org")  # then away: now held for the owner
    await _change(client, app, token, owner, "settled@example.org", count=2)

    conflict = await client.execute(CONFIRM, {"t": link_token(link)})
    assert _code(conflict) == "CONFLICT" and conflict["errors"][0]["extensions"]["reason"] == "EMAIL_TAKEN"
    assert (await client.data(ME, token=other_token))["me"]["email"] == other["email"]


async def test_the_undo_takes_the_held_address_back(client, app):
    token, owner = await client.candidate()
    await _change(client, app, token, owner, "thief@example.org")
    (notice,) = await mailed(app, owner["id"], CHANGED_SUBJECT)
    assert _code(await _register(client, owner["email"])) == "CONFLICT"
    document = (await client.data(EXPORT, token=token))["exportMyData"]["document"]
    assert [h["email"] for h in document["account"]["heldAddresses"]] == [owner["email"]]  # theirs, exported

    assert (await client.data(UNDO, {"t": link_token(notice)}))["undoEmailChange"] is True
    assert (await client.data(RESET, {"e": owner["email"]}))["requestPasswordReset"] is True
    assert await mailed(app, owner["id"], RESET_SUBJECT)  # the address signs its account in again
    assert _code(await _register(client, owner["email"])) == "CONFLICT"  # now as the account's address
    assert "errors" not in await _register(client, "thief@example.org")  # given up, not held


async def test_the_owner_changing_back_to_the_held_address_gets_it(client, app):
    service = app.state.services.lifecycle.email_change
    service._limit = type(service._limit)(interval=timedelta(0), per_window=100)
    token, owner = await client.candidate()
    await _change(client, app, token, owner, "for-a-while@example.org")
    await _change(client, app, token, owner, owner["email"], count=2)
    assert (await client.data(ME, token=token))["me"]["email"] == owner["email"]
    assert await client.data(LOGIN, {"e": owner["email"], "p": PASSWORD})


async def test_once_the_undo_link_expired_the_address_can_be_registered(client, app):
    service = app.state.services.lifecycle.email_change
    service._undo_ttl = timedelta(milliseconds=300)
    token, owner = await client.candidate()
    await _change(client, app, token, owner, "moved-for-good@example.org")
    (notice,) = await mailed(app, owner["id"], CHANGED_SUBJECT)
    await asyncio.sleep(0.5)

    assert "errors" not in await _register(client, owner["email"])
    expired = await client.execute(UNDO, {"t": link_token(notice)})
    assert _code(expired) == "BAD_USER_INPUT" and expired["errors"][0]["extensions"]["reason"] == "EXPIRED"


async def test_erasing_the_account_frees_the_held_address(client, app):
    token, owner = await client.candidate()
    await _change(client, app, token, owner, "about-to-go@example.org")
    assert (await client.data(DELETE, {"p": PASSWORD}, token))["deleteAccount"] is True
    for address in (owner["email"], "about-to-go@example.org"):
        assert "errors" not in await _register(client, address)

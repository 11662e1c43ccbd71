"""Changing the address one signs in with, over HTTP: the link goes to the new address and only
opening it changes anything; the old address is told and can take the account back; an address
another account has is never revealed to the asker; bad input is a 4xx a person can act on."""
from __future__ import annotations

import asyncio

from tests.account_helpers import ME, link_token, mailed, outbox_for

PASSWORD = "correct horse battery staple"
REQUEST = "mutation($e: String!, $p: String!){ requestEmailChange(newEmail: $e, currentPassword: $p) }"
CONFIRM = "mutation($t: String!){ confirmEmailChange(token: $t) }"
UNDO = "mutation($t: String!){ undoEmailChange(token: $t) }"
LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken } }"
CONFIRM_SUBJECT = "Confirm your new email address"
CHANGED_SUBJECT = "Your email address was changed"
HELD_SUBJECT = "Someone asked to use your email address"


async def _changed(client, app, token: str, user: dict, new: str) -> dict:
    assert (await client.data(REQUEST, {"e": new, "p": PASSWORD}, token))["requestEmailChange"] is True
    (message,) = await mailed(app, user["id"], CONFIRM_SUBJECT)
    assert message["recipient"] == new.lower() and "/confirm-email-change?token=" in message["body_text"]
    return message


async def test_the_address_changes_only_once_the_link_to_it_is_opened(client, app):
    token, user = await client.candidate()
    message = await _changed(client, app, token, user, "Ada.New@Example.org")
    assert (await client.data(ME, token=token))["me"]["email"] == user["email"]  # not yet
    assert await client.data(LOGIN, {"e": user["email"], "p": PASSWORD})  # the old one still signs in

    assert (await client.data(CONFIRM, {"t": link_token(message)}))["confirmEmailChange"] is True
    me = (await client.data(ME, token=token))["me"]
    assert me["email"] == "ada.new@example.org" and me["emailVerified"] is True
    assert await client.data(LOGIN, {"e": "ada.new@example.org", "p": PASSWORD})
    refused = (await client.execute(LOGIN, {"e": user["email"], "p": PASSWORD}))["errors"][0]
    assert refused["extensions"]["code"] == "UNAUTHENTICATED"
    (notice,) = await mailed(app, user["id"], CHANGED_SUBJECT)
    assert notice["recipient"] == user["email"] and "ada.new@example.org" in notice["body_text"]
    again = (await client.execute(CONFIRM, {"t": link_token(message)}))["errors"][0]
    assert again["extensions"]["code"] == "BAD_USER_INPUT" and again["extensions"]["reason"] == "USED"


async def test_undoing_gives_the_old_address_back_and_locks_whoever_changed_it_out(client, app):
    token, user = await client.candidate()
    message = await _changed(client, app, token, user, "thief@example.org")
    await client.data(CONFIRM, {"t": link_token(message)})
    (notice,) = await mailed(app, user["id"], CHANGED_SUBJECT)

    assert (await client.data(UNDO, {"t": link_token(notice)}))["undoEmailChange"] is True
    denied = (await client.execute(ME, token=token))["errors"][0]  # every session ended
    assert denied["extensions"]["code"] == "UNAUTHENTICATED"
    for address in (user["email"], "thief@example.org"):  # the password no longer works
        refused = (await client.execute(LOGIN, {"e": address, "p": PASSWORD}))["errors"][0]
        assert refused["extensions"]["code"] == "UNAUTHENTICATED"
    assert (await client.data("mutation($e: String!){ requestPasswordReset(email: $e) }",
                              {"e": user["email"]}))["requestPasswordReset"] is True
    assert await mailed(app, user["id"], "Reset your password")  # the way back in goes to the old address


async def test_an_address_with_an_account_is_not_revealed_and_its_owner_is_told(client, app):
    token, user = await client.candidate()
    _, holder = await client.candidate()
    answer = await client.execute(REQUEST, {"e": holder["email"], "p": PASSWORD}, token)
    # the same answer as for a free address
    assert answer["data"] == {"requestEmailChange": True} and "errors" not in answer
    (note,) = await mailed(app, holder["id"], HELD_SUBJECT)
    assert note["recipient"] == holder["email"]
    assert await outbox_for(app, user["id"], CONFIRM_SUBJECT) == []
    assert (await client.data(ME, token=token))["me"]["email"] == user["email"]


async def test_an_address_taken_before_the_link_is_opened_is_a_conflict(client, app):
    token, user = await client.candidate()
    message = await _changed(client, app, token, user, "race@example.org")
    await client.register("CANDIDATE", email="race@example.org")
    error = (await client.execute(CONFIRM, {"t": link_token(message)}))["errors"][0]
    assert error["extensions"]["code"] == "CONFLICT" and error["extensions"]["reason"] == "EMAIL_TAKEN"
    assert "race@example.org" in error["message"]
    assert (await client.data(ME, token=token))["me"]["email"] == user["email"]


async def test_two_accounts_confirming_one_address_at_once_one_gets_it(client, app):
    people = [await client.candidate() for _ in range(2)]
    links = [link_token(await _changed(client, app, t, u, "shared@example.org")) for t, u in people]
    answers = await asyncio.gather(*(client.execute(CONFIRM, {"t": link}) for link in links))
    assert sorted("errors" in a for a in answers) == [False, True]
    (lost,) = [a for a in answers if "errors" in a]
    assert lost["errors"][0]["extensions"]["reason"] == "EMAIL_TAKEN"
    emails = [(await client.data(ME, token=t))["me"]["email"] for t, _ in people]
    assert sorted(emails) == sorted(["shared@example.org", next(u["email"] for (_, u), e in zip(people, emails)
                                                                if e != "shared@example.org")])


async def test_bad_requests_say_what_to_do(client, app):
    token, user = await client.candidate()
    cases = [
        ({"e": "new@example.org", "p": "not my password"}, "WRONG_PASSWORD", "currentPassword"),
        ({"e": user["email"].upper(), "p": PASSWORD}, "SAME_EMAIL", "newEmail"),
    ]
    for variables, reason, field in cases:
        error = (await client.execute(REQUEST, variables, token))["errors"][0]
        assert error["extensions"]["code"] == "BAD_USER_INPUT", error
        assert error["extensions"]["reason"] == reason and error["extensions"]["field"] == field
    malformed = (await client.execute(REQUEST, {"e": "not an address", "p": PASSWORD}, token))["errors"][0]
    assert malformed["extensions"]["code"] == "BAD_USER_INPUT" and "email" in malformed["message"].lower()
    anonymous = (await client.execute(REQUEST, {"e": "x@example.org", "p": PASSWORD}))["errors"][0]
    assert anonymous["extensions"]["code"] == "UNAUTHENTICATED"
    forged = (await client.execute(CONFIRM, {"t": "A" * 43}))["errors"][0]
    assert forged["extensions"]["code"] == "BAD_USER_INPUT" and forged["extensions"]["reason"] == "INVALID"
    await _changed(client, app, token, user, "first@example.org")
    limited = (await client.execute(REQUEST, {"e": "second@example.org", "p": PASSWORD}, token))["errors"][0]
    assert limited["extensions"]["code"] == "RATE_LIMITED" and limited["extensions"]["retryAfter"] > 0


async def test_a_malformed_new_address_names_the_argument_sent(client, app):
    # A form shows the error beside the field it names: the argument here is newEmail.
    token, _ = await client.candidate()
    for address in ("not an address", "ada\u200b@example.org"):
        error = (await client.execute(REQUEST, {"e": address, "p": PASSWORD}, token))["errors"][0]
        assert error["extensions"]["code"] == "BAD_USER_INPUT"
        assert error["extensions"]["field"] == "newEmail", error

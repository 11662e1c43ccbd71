"""An address change's links against what happens after they were sent: a second change, a new
password, an address taken meanwhile, a notice that could not be sent."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from domain.services.one_time_tokens import IssueLimit
from tests.account_helpers import ME, link_token, mailed, outbox_for

PASSWORD = "correct horse battery staple"
NEW_PASSWORD = "a brand new passphrase 2026"
REQUEST = "mutation($e: String!, $p: String!){ requestEmailChange(newEmail: $e, currentPassword: $p) }"
CONFIRM = "mutation($t: String!){ confirmEmailChange(token: $t) }"
UNDO = "mutation($t: String!){ undoEmailChange(token: $t) }"
LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken } }"
CHANGE_PASSWORD = ("mutation($c: String!, $n: String!){ changePassword(currentPassword: $c, newPassword: $n)"
                   "{ accessToken } }")
CONFIRM_SUBJECT = "Confirm your new email address"
CHANGED_SUBJECT = "Your email address was changed"


def _no_waiting(app) -> None:
    # whoever knows the password may ask again at once here; the interval is not under test
    app.state.services.lifecycle.email_change._limit = IssueLimit(interval=timedelta(0), per_window=100)


async def _change(client, app, token: str, user: dict, new: str) -> None:
    assert (await client.data(REQUEST, {"e": new, "p": PASSWORD}, token))["requestEmailChange"] is True
    message = (await mailed(app, user["id"], CONFIRM_SUBJECT))[-1]
    assert message["recipient"] == new
    assert (await client.data(CONFIRM, {"t": link_token(message)}))["confirmEmailChange"] is True


async def _notice_to(app, user_id: str, address: str) -> dict:
    (notice,) = [m for m in await mailed(app, user_id, CHANGED_SUBJECT) if m["recipient"] == address]
    return notice


def _refused(answer: dict, code: str) -> dict:
    error = answer["errors"][0]
    assert error["extensions"]["code"] == code, answer
    return error


async def test_a_second_change_leaves_the_owners_undo_link_working(client, app):
    _no_waiting(app)
    token, owner = await client.candidate()
    await _change(client, app, token, owner, "thief1@example.org")
    owners = await _notice_to(app, owner["id"], owner["email"])
    await _change(client, app, token, owner, "thief2@example.org")

    assert (await client.data(UNDO, {"t": link_token(owners)}))["undoEmailChange"] is True
    _refused(await client.execute(ME, token=token), "UNAUTHENTICATED")
    _refused(await client.execute(LOGIN, {"e": owner["email"], "p": PASSWORD}), "UNAUTHENTICATED")


async def test_the_owners_undo_still_works_after_a_later_undo_link_was_used(client, app):
    _no_waiting(app)
    token, owner = await client.candidate()
    await _change(client, app, token, owner, "thief1@example.org")
    owners = await _notice_to(app, owner["id"], owner["email"])
    await _change(client, app, token, owner, "thief2@example.org")
    thiefs = await _notice_to(app, owner["id"], "thief1@example.org")
    # the thief undoes to an address of theirs first, then could reset the password from there
    assert (await client.data(UNDO, {"t": link_token(thiefs)}))["undoEmailChange"] is True
    assert (await client.data(UNDO, {"t": link_token(owners)}))["undoEmailChange"] is True
    # the account is the owner's address again; the thief's addresses lead nowhere
    assert (await client.data("mutation($e: String!){ requestPasswordReset(email: $e) }",
                              {"e": owner["email"]}))["requestPasswordReset"] is True
    (reset,) = await mailed(app, owner["id"], "Reset your password")
    assert reset["recipient"] == owner["email"]
    # and the owner's link, used, is spent with every later one
    again = _refused(await client.execute(UNDO, {"t": link_token(thiefs)}), "BAD_USER_INPUT")
    assert again["extensions"]["reason"] == "USED"


async def test_a_pending_change_link_stops_working_once_the_password_is_changed(client, app):
    token, owner = await client.candidate()
    assert (await client.data(REQUEST, {"e": "thief@example.org", "p": PASSWORD}, token))["requestEmailChange"]
    (message,) = await mailed(app, owner["id"], CONFIRM_SUBJECT)
    assert "errors" not in await client.execute(CHANGE_PASSWORD, {"c": PASSWORD, "n": NEW_PASSWORD}, token)

    error = _refused(await client.execute(CONFIRM, {"t": link_token(message)}), "BAD_USER_INPUT")
    assert error["extensions"]["reason"] == "USED"
    assert await client.data(LOGIN, {"e": owner["email"], "p": NEW_PASSWORD})


async def test_a_pending_change_link_stops_working_once_the_password_is_reset(client, app):
    token, owner = await client.candidate()
    assert (await client.data(REQUEST, {"e": "thief@example.org", "p": PASSWORD}, token))["requestEmailChange"]
    (message,) = await mailed(app, owner["id"], CONFIRM_SUBJECT)
    await client.data("mutation($e: String!){ requestPasswordReset(email: $e) }", {"e": owner["email"]})
    (reset,) = await mailed(app, owner["id"], "Reset your password")
    assert "errors" not in await client.execute(
        "mutation($t: String!, $p: String!){ resetPassword(token: $t, newPassword: $p) }",
        {"t": link_token(reset), "p": NEW_PASSWORD})

    error = _refused(await client.execute(CONFIRM, {"t": link_token(message)}), "BAD_USER_INPUT")
    assert error["extensions"]["reason"] == "USED"


class _Behind:
    """The change's clock a week and a minute behind the link's: its hold ended at once."""

    def now(self) -> datetime:
        return datetime.now(UTC) - timedelta(days=7, minutes=1)


async def test_an_undo_refused_for_a_taken_address_still_locks_the_changer_out(client, app):
    token, owner = await client.candidate()
    service = app.state.services.lifecycle.email_change
    working, service._clock = service._clock, _Behind()
    try:
        await _change(client, app, token, owner, "thief@example.org")
    finally:
        service._clock = working
    notice = await _notice_to(app, owner["id"], owner["email"])
    await client.register("CANDIDATE", email=owner["email"])  # its hold over, registered meanwhile

    error = _refused(await client.execute(UNDO, {"t": link_token(notice)}), "CONFLICT")
    assert error["extensions"]["reason"] == "EMAIL_TAKEN"
    _refused(await client.execute(ME, token=token), "UNAUTHENTICATED")
    _refused(await client.execute(LOGIN, {"e": "thief@example.org", "p": PASSWORD}), "UNAUTHENTICATED")


async def test_a_notice_that_failed_is_sent_when_the_link_is_opened_again(client, app):
    token, owner = await client.candidate()
    assert (await client.data(REQUEST, {"e": "moved@example.org", "p": PASSWORD}, token))["requestEmailChange"]
    (message,) = await mailed(app, owner["id"], CONFIRM_SUBJECT)
    service = app.state.services.lifecycle.email_change
    working = service._notifier.send

    async def down(messages):
        raise ConnectionError("the mail service is down")
    service._notifier.send = down
    try:
        first = await client.execute(CONFIRM, {"t": link_token(message)})
    finally:
        service._notifier.send = working
    assert "errors" in first

    assert (await client.data(CONFIRM, {"t": link_token(message)}))["confirmEmailChange"] is True
    notice = await _notice_to(app, owner["id"], owner["email"])
    assert "moved@example.org" in notice["body_text"]
    assert (await client.data(UNDO, {"t": link_token(notice)}))["undoEmailChange"] is True
    again = _refused(await client.execute(CONFIRM, {"t": link_token(message)}), "BAD_USER_INPUT")
    assert again["extensions"]["reason"] == "USED"


async def test_signed_in_by_cognito_the_address_is_changed_there(client, app, monkeypatch):
    token, owner = await client.candidate()
    # what a Cognito token resolves to: the account, and no sign-in session of ours
    monkeypatch.setattr(app.state.services.identity, "session_id_of", lambda _token: None)
    error = _refused(await client.execute(REQUEST, {"e": "new@example.org", "p": PASSWORD}, token), "FORBIDDEN")
    assert "Cognito" in error["message"]
    assert await outbox_for(app, owner["id"], CONFIRM_SUBJECT) == []


async def test_an_undo_that_failed_half_way_is_finished_when_its_link_is_opened_again(client, app):
    token, owner = await client.candidate()
    await _change(client, app, token, owner, "thief@example.org")
    notice = await _notice_to(app, owner["id"], owner["email"])
    sessions = app.state.services.lifecycle.email_change._sessions
    working = sessions.revoke_all_for_user

    async def down(*args, **kwargs):
        raise ConnectionError("the session store is unreachable")
    sessions.revoke_all_for_user = down
    try:
        assert "errors" in await client.execute(UNDO, {"t": link_token(notice)})
    finally:
        sessions.revoke_all_for_user = working

    assert (await client.data(UNDO, {"t": link_token(notice)}))["undoEmailChange"] is True
    _refused(await client.execute(ME, token=token), "UNAUTHENTICATED")


async def test_one_link_opened_in_two_tabs_at_once_changes_the_address_once(client, app):
    token, owner = await client.candidate()
    assert (await client.data(REQUEST, {"e": "twice@example.org", "p": PASSWORD}, token))["requestEmailChange"]
    (message,) = await mailed(app, owner["id"], CONFIRM_SUBJECT)
    answers = await asyncio.gather(*(client.execute(CONFIRM, {"t": link_token(message)}) for _ in range(2)))
    assert any(answer.get("data", {}).get("confirmEmailChange") is True for answer in answers), answers
    for answer in answers:  # the other tab either agrees or says the link was used
        assert "errors" not in answer or answer["errors"][0]["extensions"].get("reason") == "USED", answer
    assert (await client.data(ME, token=token))["me"]["email"] == "twice@example.org"
    notices = await mailed(app, owner["id"], CHANGED_SUBJECT)
    assert notices and {n["recipient"] for n in notices} == {owner["email"]}

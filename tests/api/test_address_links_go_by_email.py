"""Links that prove or use the email address (verification, password reset) go to that
address whatever channels the person chose for account messages: with account messages
turned off, a forgotten password could otherwise never be reset, and "check your inbox"
would point at nothing."""
from __future__ import annotations

from tests.account_helpers import link_token, mailed, raw_id

CHOOSE = """mutation($i: NotificationChannelsInput!){ updateNotificationChannels(input: $i){
  notificationChannels { account } } }"""
REQUEST = "mutation($e: String!){ requestPasswordReset(email: $e) }"
RESET = "mutation($t: String!, $p: String!){ resetPassword(token: $t, newPassword: $p) }"


async def test_a_reset_link_is_mailed_with_account_messages_turned_off(client, app):
    signed = await client.register("CANDIDATE")
    token, user = signed["accessToken"], signed["user"]
    chosen = await client.data(CHOOSE, {"i": {"account": []}}, token)
    assert chosen["updateNotificationChannels"]["notificationChannels"]["account"] == []

    await client.data(REQUEST, {"e": user["email"]})
    (message,) = await mailed(app, user["id"], "Reset your password")
    assert message["channel"] == "email" and message["recipient"] == user["email"]
    assert (await client.data(RESET, {"t": link_token(message), "p": "a whole new password"}))["resetPassword"] is True


async def test_a_verification_link_is_mailed_with_account_messages_turned_off(client, app):
    signed = await client.register("CANDIDATE")
    token, user = signed["accessToken"], signed["user"]
    await mailed(app, user["id"], "Confirm your email address")
    await client.data(CHOOSE, {"i": {"account": []}}, token)

    # A new link, as resendVerification sends once a minute has passed since the first.
    (person,) = await app.state.services.repositories.users.get_many([raw_id(user["id"])])
    await app.state.services.lifecycle.verification.send(person)
    message = (await mailed(app, user["id"], "Confirm your email address", count=2))[-1]
    assert message["channel"] == "email" and message["recipient"] == user["email"]
    assert (await client.data("mutation($t: String!){ verifyEmail(token: $t) }", {"t": link_token(message)},
                              token))["verifyEmail"] is True

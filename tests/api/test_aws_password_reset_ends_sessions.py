"""A password reset on the AWS backend (DynamoDB sessions, EventBridge bus, on moto) ends
every sign-in of the account and announces it with SessionEnded, which is what closes the
websockets every replica holds for it (tests/integration/aws/test_session_end_fanout.py)."""
from __future__ import annotations

import asyncio
from datetime import timedelta

from domain.account_tokens import Purpose
from domain.events import DomainEvent
from domain.services.one_time_tokens import OneTimeTokens
from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.graphql_client import raw_id

ME = "{ me { id } }"
LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken refreshToken } }"
REFRESH = "mutation($t: String!){ refreshSession(refreshToken: $t){ accessToken } }"
RESET = "mutation($t: String!, $p: String!){ resetPassword(token: $t, newPassword: $p) }"


async def test_a_password_reset_on_the_aws_backend_ends_every_session_and_announces_it(aws_client):
    client, app = aws_client
    services = app.state.services
    signed = await client.register()
    other = (await client.data(LOGIN, {"e": signed["user"]["email"], "p": "correct horse battery staple"}))["login"]
    user_id = raw_id(signed["user"]["id"])
    ended: asyncio.Queue[DomainEvent] = asyncio.Queue()

    async def heard(event: DomainEvent) -> None:
        await ended.put(event)

    services.events.subscribe("SessionEnded", heard)
    # The mailed link's secret, issued as the mail would carry it: the mail itself goes out
    # through SNS/SES here, which this test cannot read.
    tokens = OneTimeTokens(services.adapters.accounts.account_tokens, services.clock)
    secret = await tokens.issue_link(user_id, Purpose.RESET_PASSWORD, timedelta(minutes=30),
                                     target=signed["user"]["email"])
    assert (await client.data(RESET, {"t": secret, "p": "a whole new password"}))["resetPassword"] is True

    event = await asyncio.wait_for(ended.get(), 20)
    assert (event.user_id, event.session_id) == (user_id, None)  # every session of the account
    for session in (signed, other):
        assert await client.error_code(ME, token=session["accessToken"]) == "UNAUTHENTICATED"
        assert await client.error_code(REFRESH, {"t": session["refreshToken"]}) == "UNAUTHENTICATED"

"""requestEmailChange / confirmEmailChange with --backend aws on a local moto server: the new
address signs in, the old one is held (no new account takes it, nobody signs in with it), and an
administrator's search finds the person by the new address (not the old one)."""
from __future__ import annotations

from datetime import timedelta

from domain.account_tokens import Purpose
from domain.services.one_time_tokens import OneTimeTokens
from tests.admin_helpers import admin_token
from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.graphql_client import REGISTER, raw_id

PASSWORD = "correct horse battery staple"
REQUEST = "mutation($e: String!, $p: String!){ requestEmailChange(newEmail: $e, currentPassword: $p) }"
CONFIRM = "mutation($t: String!){ confirmEmailChange(token: $t) }"
LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken } }"
FIND = "query($q: String){ adminUsers(query: $q){ edges { node { id } } } }"


async def test_an_address_changed_on_the_aws_backend_signs_in_and_is_searched(aws_client):
    client, app = aws_client
    token, user = await client.candidate()
    assert (await client.data(REQUEST, {"e": "moved.on@aws.example", "p": PASSWORD}, token))["requestEmailChange"]
    # The mailed link's secret, issued as the mail would carry it: the mail itself goes out
    # through SNS/SES here, which this test cannot read.
    services = app.state.services
    tokens = OneTimeTokens(services.adapters.accounts.account_tokens, services.clock)
    secret = await tokens.issue_link(raw_id(user["id"]), Purpose.CHANGE_EMAIL, timedelta(hours=1),
                                     target="moved.on@aws.example")
    assert (await client.data(CONFIRM, {"t": secret}))["confirmEmailChange"] is True

    assert (await client.data("{ me { email emailVerified } }", token=token))["me"] == {
        "email": "moved.on@aws.example", "emailVerified": True}
    assert await client.data(LOGIN, {"e": "moved.on@aws.example", "p": PASSWORD})
    # Held for the account while its undo link works.
    taken = await client.execute(REGISTER, {"input": {"email": user["email"], "password": PASSWORD, "name": "Newcomer",
                                                      "role": "CANDIDATE"}})
    assert taken["errors"][0]["extensions"]["code"] == "CONFLICT"
    refused = await client.execute(LOGIN, {"e": user["email"], "p": PASSWORD})
    assert refused["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    admin, _ = await admin_token(app, client)
    found = await client.data(FIND, {"q": "moved.on"}, admin)
    assert [e["node"]["id"] for e in found["adminUsers"]["edges"]] == [user["id"]]

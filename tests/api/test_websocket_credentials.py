"""The credentials of a websocket's connection_init are read as the HTTP header is: the
`authorization` parameter needs the Bearer scheme (a bare token or Basic is refused, as over
HTTP), `token`/`authToken` carry the token itself; a form that names no one token is refused
with 4401 and a reason that says what to send."""
from __future__ import annotations

import pytest

from tests.asgi_websocket import connection_init

ME = "{ me { id } }"
FORM = 'Send the token in connection_init as {"authorization": "Bearer <token>"}'


@pytest.fixture
async def token(client) -> str:
    return (await client.register("CANDIDATE"))["accessToken"]


@pytest.mark.parametrize("form", [
    lambda t: {"authorization": f"Bearer {t}"},  # graphql-ws and Apollo Client, as the e2e clients send it
    lambda t: {"Authorization": f"bearer {t}"},
    lambda t: {"token": t},
    lambda t: {"authToken": t},
    lambda t: {"token": f"Bearer {t}"},
    lambda t: {"authorization": f"Bearer {t}", "token": t},  # the same token twice names one
], ids=["authorization", "Authorization", "token", "authToken", "token-with-Bearer", "both-the-same"])
async def test_the_forms_clients_send_are_acknowledged(app, token, form):
    assert (await connection_init(app, form(token))).type == "connection_ack"


async def test_no_credentials_is_an_anonymous_connection(app):
    for payload in ({}, {"authorization": ""}, {"token": None}, {"other": "x"}):
        assert (await connection_init(app, payload)).type == "connection_ack"


@pytest.mark.parametrize("form", [
    lambda t: {"authorization": t},  # a bare token: the HTTP header refuses it too
    lambda t: {"authorization": f"Basic {t}"},
    lambda t: {"authorization": "Bearer "},
    lambda t: {"authorization": "   "},
    lambda t: {"token": f"Basic {t}"},
    lambda t: {"authorization": {"token": t}},
    lambda t: {"token": ["Bearer", t]},
    lambda t: {"authorization": f"Bearer {t}", "token": "another-token"},
], ids=["bare", "basic", "bearer-no-token", "blank", "token-basic", "object", "list", "two-tokens"])
async def test_ambiguous_forms_close_with_4401_saying_what_to_send(app, token, form):
    answer = await connection_init(app, form(token))
    assert (answer.type, answer.code) == ("close", 4401)
    assert answer.reason.startswith(FORM), answer.reason
    assert len(answer.reason.encode()) <= 123


async def test_over_http_a_bare_token_or_basic_is_refused_as_before(client, token):
    for header in (token, f"Basic {token}"):
        response = await client.http.post("/graphql", json={"query": ME}, headers={"authorization": header})
        assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    response = await client.http.post("/graphql", json={"query": ME}, headers={"authorization": f"Bearer {token}"})
    assert response.json()["data"]["me"]["id"]

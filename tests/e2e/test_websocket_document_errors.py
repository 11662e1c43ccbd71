"""A document that does not parse or validate, sent over a websocket, is answered like one
sent over HTTP: an `error` message carrying GRAPHQL_PARSE_FAILED or GRAPHQL_VALIDATION_FAILED,
and the socket stays usable. (A syntax error ended the operation with a bare `complete` and an
ERROR traceback in the server log; validation errors said BAD_USER_INPUT.)"""
from __future__ import annotations

import json

import httpx
import pytest

from tests.e2e.ws_client import Subscription
from tests.graphql_client import GraphQLClient


def codes_of(message: dict) -> list[str]:
    assert message["type"] == "error", message
    return [error["extensions"]["code"] for error in message["payload"]]


@pytest.mark.parametrize("document, code", [
    ("subscription {", "GRAPHQL_PARSE_FAILED"),
    ("subscription { resumeProcessed { id", "GRAPHQL_PARSE_FAILED"),
    ("subscription { nope }", "GRAPHQL_VALIDATION_FAILED"),
    ("subscription { resumeProcessed { id } matchFound { score } }", "GRAPHQL_VALIDATION_FAILED"),
    ("query { me { nope } }", "GRAPHQL_VALIDATION_FAILED"),
    # Valid, but over the token limit: too large, like one over the alias limit, not a syntax error.
    ("query { " + " ".join(f"a{n}: me {{ id }}" for n in range(900)) + " }", "GRAPHQL_VALIDATION_FAILED"),
])
async def test_a_bad_document_is_answered_with_its_code_and_the_socket_goes_on(gateway, document, code):
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:
        candidate, user = await GraphQLClient(http).candidate()
    async with Subscription(gateway.url, candidate) as socket:
        await socket.subscribe(document, op_id="bad")
        message = await socket.next()
        assert message["id"] == "bad" and codes_of(message) == [code]
        await socket.subscribe("query { me { id } }", op_id="good")
        answer = await socket.next()
        assert answer["id"] == "good" and answer["payload"]["data"]["me"]["id"] == user["id"]


async def test_a_variable_of_the_wrong_type_is_still_bad_user_input(gateway):
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:
        candidate, _ = await GraphQLClient(http).candidate()
    async with Subscription(gateway.url, candidate) as socket:
        await socket.subscribe("subscription($m: Float){ matchFound(minScore: $m){ score } }", {"m": "high"})
        assert codes_of(await socket.next()) == ["BAD_USER_INPUT"]


async def test_a_document_of_two_operations_without_a_name_is_answered_as_over_http(gateway):
    """Over HTTP it is BAD_USER_INPUT naming `operationName`; over a socket it was answered
    with nothing at all, so the client waited for ever."""
    document = "subscription A { resumeProcessed { id } } subscription B { matchFound { score } }"
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:
        candidate, _ = await GraphQLClient(http).candidate()
    async with Subscription(gateway.url, candidate) as socket:
        await socket.subscribe(document, op_id="two")
        message = await socket.next(timeout=10)
        assert message["id"] == "two" and codes_of(message) == ["BAD_USER_INPUT"], message
        assert "`operationName`" in message["payload"][0]["message"]
        await socket.socket.send(json.dumps({"id": "named", "type": "subscribe",
                                             "payload": {"query": document, "operationName": "C"}}))
        message = await socket.next(timeout=10)
        assert message["id"] == "named" and codes_of(message) == ["BAD_USER_INPUT"], message

"""What names an operation on a websocket is bounded as the protocol defines it: a message is an
object with a string `type`, and an operation's `id` is a string of 1 to MAX_OPERATION_ID_CHARS.
Anything else closes the socket with 4400 and a reason a person can read. A 100,000-character
id ran (and came back in every message); a list for an id or a message ended the connection
with a TypeError and no close code; a close reason quoting a long id or type was over the
123 bytes a close frame holds and was never sent. The payload's text fields are held to the
HTTP endpoint's bounds."""
from __future__ import annotations

import asyncio
import json

import httpx
import pytest
import websockets

from gateway.http.operation_fields import MAX_OPERATION_NAME_CHARS
from gateway.http.websockets import MAX_OPERATION_ID_CHARS
from tests.e2e.server import GatewayProcess
from tests.e2e.ws_client import Subscription
from tests.graphql_client import GraphQLClient

QUERY = "{ __typename }"
SUBSCRIPTION = "subscription { resumeProcessed { id } }"


@pytest.fixture(scope="module")
def gateway(tmp_path_factory):
    """One server for the module: every test here ends with the server still serving, which
    each checks, and starting one per case cost most of the time."""
    process = GatewayProcess(tmp_path_factory.mktemp("envelope") / "data")
    process.start()
    yield process
    process.stop()


async def close_of(socket) -> tuple[int, str]:
    with pytest.raises(websockets.ConnectionClosed) as closed:
        while True:
            await asyncio.wait_for(socket.recv(), 10)
    assert closed.value.rcvd is not None, "closed without a close frame"
    return closed.value.rcvd.code, closed.value.rcvd.reason


async def legacy_socket(gateway):
    url = gateway.url.replace("http://", "ws://") + "/graphql"
    socket = await websockets.connect(url, subprotocols=["graphql-ws"], open_timeout=10)
    await socket.send(json.dumps({"type": "connection_init", "payload": {}}))
    assert json.loads(await asyncio.wait_for(socket.recv(), 10))["type"] == "connection_ack"
    return socket


@pytest.mark.parametrize("message, reason", [
    ({"id": "x" * 100_000, "type": "subscribe", "payload": {"query": QUERY}}, "The subscribe message's `id`"),
    ({"id": "x" * (MAX_OPERATION_ID_CHARS + 1), "type": "subscribe", "payload": {"query": QUERY}},
     "The subscribe message's `id`"),
    ({"id": "", "type": "subscribe", "payload": {"query": QUERY}}, "The subscribe message's `id`"),
    ({"id": ["1"], "type": "subscribe", "payload": {"query": QUERY}}, "The subscribe message's `id`"),
    ({"id": 1, "type": "subscribe", "payload": {"query": QUERY}}, "The subscribe message's `id`"),
    ({"type": "subscribe", "payload": {"query": QUERY}}, "The subscribe message's `id`"),
    ({"id": ["1"], "type": "complete"}, "The complete message's `id`"),
    (["subscribe"], "A message must be a JSON object"),
    ("subscribe", "A message must be a JSON object"),
    ({"id": "1", "type": 7}, "A message's `type` must be a string"),
])
async def test_a_message_that_names_no_operation_properly_closes_with_4400_saying_why(gateway, message, reason):
    async with Subscription(gateway.url, None) as subscription:
        await subscription.socket.send(json.dumps(message))
        code, sent_reason = await close_of(subscription.socket)
        assert code == 4400 and sent_reason.startswith(reason), sent_reason
        if "`id`" in reason:
            assert f"1 to {MAX_OPERATION_ID_CHARS} characters" in sent_reason
    async with Subscription(gateway.url, None) as again:
        await again.subscribe(QUERY)
        assert (await again.next())["payload"]["data"] == {"__typename": "Query"}
    assert "Traceback" not in gateway.log.read_text()


async def test_an_id_at_the_bound_runs_and_its_duplicate_closes_with_4409_and_a_reason_that_fits(gateway):
    operation_id = "y" * MAX_OPERATION_ID_CHARS
    # Signed in: an anonymous subscription ends at once with its refusal, and a second one under
    # the same id would then not be a duplicate, depending on which the server read first.
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:
        candidate, _ = await GraphQLClient(http).candidate()
    async with Subscription(gateway.url, candidate) as subscription:
        await subscription.subscribe(QUERY, op_id=operation_id)
        answered = await subscription.next()
        assert answered["id"] == operation_id and answered["payload"]["data"] == {"__typename": "Query"}
        await subscription.subscribe(SUBSCRIPTION, op_id=operation_id)
        await subscription.subscribe(SUBSCRIPTION, op_id=operation_id)
        code, reason = await close_of(subscription.socket)
        assert code == 4409 and reason.startswith("Subscriber for yyy") and len(reason.encode()) <= 123
    assert "Traceback" not in gateway.log.read_text()


async def test_an_unknown_long_type_closes_with_4400_and_a_reason_that_fits(gateway):
    async with Subscription(gateway.url, None) as subscription:
        await subscription.socket.send(json.dumps({"type": "t" * 500}))
        code, reason = await close_of(subscription.socket)
        assert code == 4400 and reason.startswith("Unknown message type: ttt") and len(reason.encode()) <= 123
    assert "Traceback" not in gateway.log.read_text()


@pytest.mark.parametrize("payload, expected", [
    ({"query": QUERY, "operationName": "n" * (MAX_OPERATION_NAME_CHARS + 1)}, "`operationName` is"),
    ({"query": QUERY + " " * (12 * 1024 * 1024)}, "larger than the 12582912 bytes"),
])
async def test_payload_text_over_the_http_bounds_is_bad_user_input_and_the_socket_goes_on(gateway, payload, expected):
    async with Subscription(gateway.url, None) as subscription:
        await subscription.socket.send(json.dumps({"id": "1", "type": "subscribe", "payload": payload}))
        message = await subscription.next()
        assert message["type"] == "error", str(message)[:300]
        (error,) = message["payload"]
        assert error["extensions"]["code"] == "BAD_USER_INPUT" and expected in error["message"], error
        assert len(json.dumps(message)) < 1_000
        await subscription.subscribe(QUERY, op_id="2")
        assert (await subscription.next())["payload"]["data"] == {"__typename": "Query"}


@pytest.mark.parametrize("message, reason", [
    ({"id": "x" * (MAX_OPERATION_ID_CHARS + 1), "type": "start", "payload": {"query": SUBSCRIPTION}},
     "The start message's `id`"),
    ({"id": ["1"], "type": "start", "payload": {"query": SUBSCRIPTION}}, "The start message's `id`"),
    ({"type": "start", "payload": {"query": SUBSCRIPTION}}, "The start message's `id`"),
    ({"id": ["1"], "type": "stop"}, "The stop message's `id`"),
    ([1], "A message must be a JSON object"),
    ({}, "A message's `type` must be a string"),
])
async def test_the_legacy_protocol_closes_on_the_same_messages_with_4400(gateway, message, reason):
    socket = await legacy_socket(gateway)
    try:
        await socket.send(json.dumps(message))
        code, sent_reason = await close_of(socket)
        assert code == 4400 and sent_reason.startswith(reason), sent_reason
    finally:
        await socket.close()
    assert "Traceback" not in gateway.log.read_text()


@pytest.mark.parametrize("query", ["{ __typename }", "mutation { logout }"])
async def test_the_legacy_protocol_answers_a_query_or_mutation_with_bad_user_input_not_an_internal_error(gateway, query):
    socket = await legacy_socket(gateway)
    try:
        await socket.send(json.dumps({"id": "1", "type": "start", "payload": {"query": query}}))
        message = json.loads(await asyncio.wait_for(socket.recv(), 10))
        assert message["type"] == "error" and message["id"] == "1", message
        assert message["payload"]["extensions"]["code"] == "BAD_USER_INPUT", message
        assert "subscriptions only" in message["payload"]["message"]
        # The socket goes on: the next operation is answered (a subscription of no such field).
        await socket.send(json.dumps({"id": "2", "type": "start", "payload": {"query": "subscription { nope }"}}))
        answer = json.loads(await asyncio.wait_for(socket.recv(), 10))
        assert answer["id"] == "2" and answer["payload"]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED", answer
    finally:
        await socket.close()

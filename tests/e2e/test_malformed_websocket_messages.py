"""A malformed message on a graphql-transport-ws socket closes it with 4400, as the protocol
says, and the server goes on serving; an over-long argument is an error message with a code."""
from __future__ import annotations

import asyncio
import json

import pytest
import websockets

from tests.e2e.ws_client import Subscription


async def closed_with(socket) -> int:
    with pytest.raises(websockets.ConnectionClosed) as closed:
        while True:
            await asyncio.wait_for(socket.recv(), 10)
    return closed.value.rcvd.code


@pytest.mark.parametrize("frame", [
    "[" * 100_000 + "]" * 100_000,
    "{not json",
    # Half a UTF-16 pair alone is no text: it failed in the resolvers (INTERNAL_SERVER_ERROR).
    '{"id": "1", "type": "subscribe", "payload": {"query": "query($q: String){ searchJobs(query: $q){ totalCount } }",'
    ' "variables": {"q": "\\ud800nurse"}}}',
])
async def test_a_message_that_is_not_json_closes_the_socket_with_4400(gateway, frame):
    async with Subscription(gateway.url, None) as subscription:
        await subscription.socket.send(frame)
        assert await closed_with(subscription.socket) == 4400
    async with Subscription(gateway.url, None) as again:
        await again.subscribe("{ __typename }")
        assert (await again.next())["payload"]["data"] == {"__typename": "Query"}


async def test_an_over_long_argument_over_a_websocket_is_bad_user_input(gateway):
    async with Subscription(gateway.url, None) as subscription:
        await subscription.subscribe("query($q: String){ searchJobs(query: $q){ totalCount } }", {"q": "a" * 501})
        message = await subscription.next()
        errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
        assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT", message
        assert json.dumps(errors).count("Query.searchJobs(query:)") >= 1


@pytest.mark.parametrize("payload, field", [
    ({"query": "subscription { resumeProcessed { id } }", "operationName": 7}, "operationName"),
    ({"query": 5}, "query"),
    ({"query": "subscription { resumeProcessed { id } }", "variables": [1]}, "variables"),
    ({"query": "{ __typename }", "extensions": "apq"}, "extensions"),
])
async def test_a_subscribe_payload_of_the_wrong_shape_is_bad_user_input_and_the_socket_goes_on(gateway, payload, field):
    async with Subscription(gateway.url, None) as subscription:
        await subscription.socket.send(json.dumps({"id": "1", "type": "subscribe", "payload": payload}))
        message = await subscription.next()
        assert message["type"] == "error", message
        (error,) = message["payload"]
        assert error["extensions"]["code"] == "BAD_USER_INPUT" and f"`{field}`" in error["message"], message
        await subscription.subscribe("{ __typename }", op_id="2")
        assert (await subscription.next())["payload"]["data"] == {"__typename": "Query"}


@pytest.mark.parametrize("payload, field", [
    ({"query": "subscription { resumeProcessed { id } }", "operationName": 7}, "operationName"),
    ({"query": 5}, "query"),
    ({"query": "subscription { resumeProcessed { id } }", "variables": [1]}, "variables"),
])
async def test_the_legacy_protocol_answers_a_wrong_payload_shape_with_bad_user_input(gateway, payload, field):
    url = gateway.url.replace("http://", "ws://") + "/graphql"
    async with websockets.connect(url, subprotocols=["graphql-ws"], open_timeout=10) as socket:
        await socket.send(json.dumps({"type": "connection_init", "payload": {}}))
        assert json.loads(await asyncio.wait_for(socket.recv(), 10))["type"] == "connection_ack"
        await socket.send(json.dumps({"id": "1", "type": "start", "payload": payload}))
        message = json.loads(await asyncio.wait_for(socket.recv(), 10))
        assert message["type"] == "error", message
        assert message["payload"]["extensions"]["code"] == "BAD_USER_INPUT" and f"`{field}`" in message["payload"]["message"]


@pytest.mark.parametrize("message", [
    {"id": "1", "type": "subscribe", "payload": None},
    {"id": "1", "type": "subscribe", "payload": "subscription { resumeProcessed { id } }"},
    {"id": "1", "type": "subscribe", "payload": ["subscription { resumeProcessed { id } }"]},
])
async def test_a_subscribe_payload_that_is_no_object_closes_the_socket_with_4400_saying_so(gateway, message):
    async with Subscription(gateway.url, None) as subscription:
        await subscription.socket.send(json.dumps(message))
        with pytest.raises(websockets.ConnectionClosed) as closed:
            while True:
                await asyncio.wait_for(subscription.socket.recv(), 10)
        assert closed.value.rcvd.code == 4400
        assert "`payload`" in closed.value.rcvd.reason
    async with Subscription(gateway.url, None) as again:
        await again.subscribe("{ __typename }")
        assert (await again.next())["payload"]["data"] == {"__typename": "Query"}
    assert "Traceback" not in gateway.log.read_text()


async def test_the_legacy_protocol_closes_on_a_start_payload_that_is_no_object(gateway):
    url = gateway.url.replace("http://", "ws://") + "/graphql"
    async with websockets.connect(url, subprotocols=["graphql-ws"], open_timeout=10) as socket:
        await socket.send(json.dumps({"type": "connection_init", "payload": {}}))
        assert json.loads(await asyncio.wait_for(socket.recv(), 10))["type"] == "connection_ack"
        await socket.send(json.dumps({"id": "1", "type": "start", "payload": None}))
        with pytest.raises(websockets.ConnectionClosed) as closed:
            while True:
                await asyncio.wait_for(socket.recv(), 10)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 4400
    assert "Traceback" not in gateway.log.read_text()

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


@pytest.mark.parametrize("frame", ["[" * 100_000 + "]" * 100_000, "{not json"])
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

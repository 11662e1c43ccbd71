"""graphql-transport-ws as the protocol defines it: auth in connection_init, ping/pong, its
close codes, and a bounded number of subscriptions per connection."""
from __future__ import annotations

import json

import pytest
import websockets

PROTOCOL = "graphql-transport-ws"
SUBSCRIBE = {"query": "subscription { resumeProcessed { id } }"}


async def connect(gateway):
    return await websockets.connect(gateway.ws_url, subprotocols=[PROTOCOL], open_timeout=10)


async def receive(ws) -> dict:
    return json.loads(await ws.recv())


async def closed_with(ws) -> int:
    return (await closed_by(ws)).code


async def closed_by(ws):
    with pytest.raises(websockets.ConnectionClosed) as closed:
        for _ in range(5):
            await ws.recv()
    return closed.value.rcvd


async def test_a_valid_token_in_connection_init_is_acknowledged_and_pings_are_answered(gateway):
    token = gateway.register("CANDIDATE", "ws-ok@example.com")
    async with await connect(gateway) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}}))
        assert (await receive(ws))["type"] == "connection_ack"
        await ws.send(json.dumps({"type": "ping"}))
        assert (await receive(ws))["type"] == "pong"


async def test_a_bad_token_in_connection_init_closes_with_4401_saying_to_sign_in_again(gateway):
    # 4403 means "suspended": a client told that would not know a refresh can fix it.
    async with await connect(gateway) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {"authorization": "Bearer not-a-token"}}))
        closed = await closed_by(ws)
        assert closed.code == 4401
        assert "sign in again" in closed.reason.lower() or "refresh" in closed.reason.lower(), closed.reason


async def test_subscribing_before_connection_init_closes_with_4401(gateway):
    async with await connect(gateway) as ws:
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": SUBSCRIBE}))
        assert await closed_with(ws) == 4401


async def test_a_second_connection_init_closes_with_4429(gateway):
    async with await connect(gateway) as ws:
        await ws.send(json.dumps({"type": "connection_init"}))
        assert (await receive(ws))["type"] == "connection_ack"
        await ws.send(json.dumps({"type": "connection_init"}))
        assert await closed_with(ws) == 4429


async def test_reusing_a_running_subscription_id_closes_with_4409(gateway):
    token = gateway.register("CANDIDATE", "ws-dup@example.com")
    async with await connect(gateway) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}}))
        await receive(ws)
        for _ in range(2):
            await ws.send(json.dumps({"id": "same", "type": "subscribe", "payload": SUBSCRIBE}))
        assert await closed_with(ws) == 4409


async def test_subscriptions_past_the_per_connection_limit_get_an_error_and_the_rest_keep_running(gateway):
    from gateway.config import Settings

    limit = Settings().max_subscriptions_per_connection
    token = gateway.register("CANDIDATE", "ws-many@example.com")
    async with await connect(gateway) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}}))
        await receive(ws)
        for n in range(limit + 1):
            await ws.send(json.dumps({"id": str(n), "type": "subscribe", "payload": SUBSCRIBE}))
        refused = await receive(ws)
        assert refused["id"] == str(limit) and refused["type"] == "error"
        assert refused["payload"][0]["extensions"]["code"] == "RATE_LIMITED"
        await ws.send(json.dumps({"type": "ping"}))
        assert (await receive(ws))["type"] == "pong"

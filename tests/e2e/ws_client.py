"""A minimal graphql-transport-ws client over the `websockets` package, for the tests."""
from __future__ import annotations

import asyncio
import json
from typing import Any

import websockets


class Subscription:
    def __init__(self, url: str, token: str | None) -> None:
        self.url = url.replace("http://", "ws://") + "/graphql"
        self.token = token
        self.socket = None

    async def __aenter__(self) -> Subscription:
        self.socket = await websockets.connect(self.url, subprotocols=["graphql-transport-ws"], open_timeout=10)
        payload = {"authorization": f"Bearer {self.token}"} if self.token else {}
        await self.socket.send(json.dumps({"type": "connection_init", "payload": payload}))
        ack = json.loads(await asyncio.wait_for(self.socket.recv(), 10))
        assert ack["type"] == "connection_ack", ack
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.socket.close()

    async def subscribe(self, query: str, variables: dict | None = None, op_id: str = "1") -> None:
        await self.socket.send(json.dumps(
            {"id": op_id, "type": "subscribe", "payload": {"query": query, "variables": variables or {}}}))

    async def next(self, timeout: float = 20.0) -> dict:  # noqa: ASYNC109 - a per-message wait, as websockets clients take it
        """The next message that is not a ping, or TimeoutError."""
        while True:
            message = json.loads(await asyncio.wait_for(self.socket.recv(), timeout))
            if message["type"] == "ping":
                await self.socket.send(json.dumps({"type": "pong"}))
                continue
            return message

    async def nothing_within(self, seconds: float) -> bool:
        try:
            message = await self.next(timeout=seconds)
        except TimeoutError:
            return True
        raise AssertionError(f"expected no message, got {message}")

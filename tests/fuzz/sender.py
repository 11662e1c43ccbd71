"""Sends one Operation as one actor and gathers the Outcome: over HTTP (JSON POST, GET, raw
bodies, multipart) or as a subscription on that actor's websocket (graphql-transport-ws)."""
from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import websockets

from tests.fuzz.actors import Actor
from tests.fuzz.harness import ServedGateway
from tests.fuzz.operations import Operation
from tests.fuzz.oracle import Outcome

SUBSCRIPTION_WINDOW_SECONDS = 0.25


class Socket:
    """One actor's graphql-transport-ws connection, opened again when the server closed it."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.connection: Any = None
        self.token: str | None = None
        self.ids = 0

    async def ensure(self, actor: Actor) -> Outcome | None:
        """Connects (again) when needed; an Outcome when the handshake itself went wrong."""
        if self.connection is not None and self.token == actor.token:
            return None
        await self.close()
        self.connection = await websockets.connect(self.url, subprotocols=["graphql-transport-ws"], open_timeout=10,
                                                   max_size=None)
        self.token = actor.token
        payload = {"authorization": f"Bearer {actor.token}"} if actor.token else {}
        await self.connection.send(json.dumps({"type": "connection_init", "payload": payload}))
        try:
            ack = json.loads(await asyncio.wait_for(self.connection.recv(), 10))
        except websockets.ConnectionClosed as closed:
            self.connection = None
            return Outcome(close_code=closed.rcvd.code if closed.rcvd else None, text="closed at connection_init")
        if ack.get("type") != "connection_ack":
            return Outcome(body=ack, text="no connection_ack")
        return None

    async def close(self) -> None:
        if self.connection is not None:
            await self.connection.close()
            self.connection = None

    async def subscribe(self, operation: Operation, actor: Actor) -> Outcome:
        refused = await self.ensure(actor)
        if refused is not None:
            return refused
        self.ids += 1
        op_id = str(self.ids)
        messages: list[dict] = []
        outcome = Outcome(body=messages)
        try:
            await self.connection.send(json.dumps({"id": op_id, "type": "subscribe", "payload": {
                "query": operation.query, "variables": operation.variables or {}}}))
            deadline = asyncio.get_running_loop().time() + SUBSCRIPTION_WINDOW_SECONDS
            while (left := deadline - asyncio.get_running_loop().time()) > 0:
                try:
                    message = json.loads(await asyncio.wait_for(self.connection.recv(), left))
                except TimeoutError:
                    break
                if message.get("type") == "ping":
                    await self.connection.send(json.dumps({"type": "pong"}))
                    continue
                messages.append(_as_response(message))
                if message.get("type") in ("error", "complete") and message.get("id") == op_id:
                    break
            else:
                pass
            await self.connection.send(json.dumps({"id": op_id, "type": "complete"}))
        except websockets.ConnectionClosed as closed:
            outcome.close_code = closed.rcvd.code if closed.rcvd else None
            self.connection = None
        return outcome


def _as_response(message: dict) -> dict:
    """A websocket message as a response body: `error` payloads are lists of GraphQL errors."""
    payload = message.get("payload")
    if message.get("type") == "error":
        return {"errors": payload if isinstance(payload, list) else [payload]}
    return payload if isinstance(payload, dict) else {}


class Sender:
    def __init__(self, gateway: ServedGateway) -> None:
        self.gateway = gateway
        self.sockets: dict[str, Socket] = {}

    async def send(self, operation: Operation, actor: Actor) -> Outcome:
        self.gateway.trap.take()
        if operation.transport == "ws":
            socket = self.sockets.setdefault(actor.role, Socket(self.gateway.ws_url))
            outcome = await socket.subscribe(operation, actor)
        else:
            outcome = await self._http(operation, actor)
        outcome.logged = self.gateway.trap.take()
        return outcome

    async def _http(self, operation: Operation, actor: Actor) -> Outcome:
        http = self.gateway.http
        headers = dict(actor.headers)
        if operation.transport == "post":
            response = await http.post("/graphql", json={"query": operation.query, "variables": operation.variables or {}},
                                       headers=headers)
        elif operation.transport == "get":
            params = {"query": operation.query}
            if operation.variables:
                params["variables"] = json.dumps(operation.variables)
            try:
                response = await http.get("/graphql", params=params, headers=headers)
            except httpx.InvalidURL:  # longer than any client sends by GET: the same by POST
                response = await http.post("/graphql", json={"query": operation.query,
                                                             "variables": operation.variables or {}}, headers=headers)
        elif operation.transport == "multipart":
            headers["Apollo-Require-Preflight"] = "true"
            response = await http.post("/graphql", data=operation.multipart, headers=headers,
                                       files={"0": ("cv.txt", b"Jane Doe\nPython\n", "text/plain")})
        else:
            if operation.content_type:
                headers["content-type"] = operation.content_type
            response = await http.post("/graphql", content=operation.raw_body or b"", headers=headers)
        try:
            body = response.json()
        except ValueError:
            body = None
        return Outcome(status=response.status_code, body=body, text=response.text[:700])

    async def close(self) -> None:
        for socket in self.sockets.values():
            await socket.close()

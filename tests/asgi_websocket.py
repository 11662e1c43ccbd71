"""A graphql-transport-ws `connection_init` sent to the ASGI app in process (no server):
what the app answers, an ack or a close with its code and reason."""
from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Answer:
    type: str  # "connection_ack", or "close"
    code: int | None = None
    reason: str = ""


async def connection_init(app: Any, payload: Any) -> Answer:
    inbox: asyncio.Queue[dict] = asyncio.Queue()
    outbox: asyncio.Queue[dict] = asyncio.Queue()
    scope = {
        "type": "websocket", "asgi": {"version": "3.0"}, "http_version": "1.1", "scheme": "ws",
        "path": "/graphql", "raw_path": b"/graphql", "root_path": "", "query_string": b"",
        "headers": [(b"host", b"testserver"), (b"sec-websocket-protocol", b"graphql-transport-ws")],
        "subprotocols": ["graphql-transport-ws"], "client": ("127.0.0.1", 50000), "server": ("testserver", 80),
        "state": {},
    }
    await inbox.put({"type": "websocket.connect"})
    running = asyncio.create_task(app(scope, inbox.get, outbox.put))
    try:
        accepted = await asyncio.wait_for(outbox.get(), 10)
        assert accepted["type"] == "websocket.accept", accepted
        await inbox.put({"type": "websocket.receive", "text": json.dumps({"type": "connection_init", "payload": payload})})
        sent = await asyncio.wait_for(outbox.get(), 10)
        if sent["type"] == "websocket.close":
            return Answer("close", sent.get("code"), sent.get("reason") or "")
        return Answer(json.loads(sent["text"])["type"])
    finally:
        await inbox.put({"type": "websocket.disconnect", "code": 1000})
        try:
            await asyncio.wait_for(running, 10)
        except Exception:  # the app's own ending of a socket already closed is not what is tested
            running.cancel()

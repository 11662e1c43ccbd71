"""Refuses a GraphQL answer larger than the configured size: the client gets 400 with
BAD_USER_INPUT and the sizes, instead of megabytes it asked for by accident or on purpose.
The cost maximum keeps most such operations from running at all; this is the backstop for
what a static estimate cannot see (long text fields, wide objects). Answers streamed without
a Content-Length (subscriptions over HTTP) are events over time and are left alone."""
from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class ResponseSizeLimit:
    def __init__(self, app: ASGIApp, max_bytes: int, path: str = "/graphql") -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") != self.path:
            await self.app(scope, receive, send)
            return
        refused = False

        async def limited_send(message: Message) -> None:
            nonlocal refused
            if message["type"] == "http.response.start":
                size = _content_length(message)
                if size is not None and size > self.max_bytes:
                    refused = True
                    await self._refuse(send, size)
                    return
            elif refused:
                return  # the body of the answer that was refused
            await send(message)

        await self.app(scope, receive, limited_send)

    async def _refuse(self, send: Send, size: int) -> None:
        body = json.dumps({"errors": [{
            "message": f"The answer would be {size} bytes, over the {self.max_bytes} this server sends: ask for"
                       " fewer items (smaller `first`), fewer fields, or fewer operations per batch.",
            "extensions": {"code": "BAD_USER_INPUT", "responseBytes": size, "maxResponseBytes": self.max_bytes},
        }]}).encode()
        await send({"type": "http.response.start", "status": 400, "headers": [
            (b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(body)).encode()),
        ]})
        await send({"type": "http.response.body", "body": body})


def _content_length(message: Message) -> int | None:
    for name, value in message.get("headers") or ():
        if name.lower() == b"content-length" and value.isdigit():
            return int(value)
    return None

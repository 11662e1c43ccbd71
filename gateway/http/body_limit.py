"""Refuses request bodies over the configured size with 413, before the app reads them all:
by Content-Length when given, else by counting the chunks as they arrive. A multipart body
(an upload) is told `upload_message` (the app says it in the resume limit's terms: that is
what an upload this large holds); any other is told the request is too large."""
from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from domain.uploads import human_size


class _TooLarge(Exception):
    pass


class BodySizeLimit:
    def __init__(self, app: ASGIApp, max_bytes: int, upload_message: str | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.message = (
            f"The request body is larger than the {human_size(max_bytes)} ({max_bytes} bytes) this server accepts"
            " and was not read. Send less in one request: split a batch or a long list of inputs into several"
            " requests; a file goes as a multipart upload."
        )
        self.upload_message = upload_message or self.message

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and b"transfer-encoding" not in headers:
            if int(declared) > self.max_bytes:
                await self._refuse(send, headers)
                return
            # The server reads exactly the declared length (no more), so there is nothing
            # left to count: only bodies sent chunked are counted as they arrive.
            await self.app(scope, receive, send)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._refuse(send, headers)

    async def _refuse(self, send: Send, headers: dict[bytes, bytes]) -> None:
        media = headers.get(b"content-type", b"").split(b";", 1)[0].strip().lower()
        message = self.upload_message if media == b"multipart/form-data" else self.message
        body = json.dumps({"errors": [{
            "message": message,
            "extensions": {"code": "BAD_USER_INPUT", "maxBytes": self.max_bytes},
        }]}).encode()
        await send({"type": "http.response.start", "status": 413, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        ]})
        await send({"type": "http.response.body", "body": body})

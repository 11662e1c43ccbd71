"""A client that hangs up before its request body has arrived is the client's doing, not an
incident: one INFO line, instead of uvicorn's ERROR "Exception in ASGI application" with a
traceback. Nothing can be answered to a connection that is gone."""
from __future__ import annotations

import logging

from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Receive, Scope, Send

log = logging.getLogger("talentgraph.requests")


class QuietClientDisconnects:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            await self.app(scope, receive, send)
        except ClientDisconnect:
            request_id = scope.get("state", {}).get("request_id")
            log.info("client closed the connection before its request was read: %s %s",
                     scope.get("method"), scope.get("path"),
                     extra={"request_id": request_id, "event": "http.client_disconnect"})

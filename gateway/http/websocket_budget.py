"""Each operation over a websocket (query, mutation or subscription, on either protocol) takes
from the caller's request bucket, as each HTTP operation does: one socket is no way around it."""
from __future__ import annotations

from typing import Any

from starlette.websockets import WebSocket

from domain.errors import RateLimited
from gateway.http.refusals import Refusal


def websocket_principal(context: Any) -> str:
    viewer = getattr(context, "viewer", None)
    return f"user:{viewer.id}" if viewer is not None else f"ip:{context.client_ip}"


def is_websocket(context: Any) -> bool:
    return isinstance(getattr(context, "request", None), WebSocket)


async def admit_websocket_operation(context: Any) -> None:
    """Raises RateLimited (Strawberry answers the operation with that error) when the bucket is
    empty; HTTP operations were admitted before they were parsed, so nothing to do for them."""
    if not is_websocket(context):
        return
    edge = getattr(context, "edge", None)
    if edge is None:
        return
    try:
        await edge.rate_limiter.admit_request(websocket_principal(context))
    except Refusal as refusal:
        raise RateLimited(refusal.message, float(refusal.extensions["retryAfter"])) from None

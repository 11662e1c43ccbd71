"""Why a websocket was refused at `connection_init`, told with the close code a client acts
on: 4401 (sign in again or refresh the token) or 4403 (the account is suspended).

Strawberry closes every refused graphql-transport-ws connection with 4403 "Forbidden"; the
view notes the refusal on the socket before refusing, and the socket adapter closes with it.
The older graphql-ws protocol closes with its own 1011 after a `connection_error` message
that carries the same message and code, so it is left as it is."""
from __future__ import annotations

from dataclasses import dataclass

from starlette.websockets import WebSocket, WebSocketState
from strawberry.asgi import ASGIWebSocketAdapter

from domain.errors import Unauthenticated
from gateway.auth.identity import CONNECTION_PARAMS_FORM, AccountSuspended, MalformedCredentials
from gateway.auth.live_sessions import CLOSE_SESSION_ENDED, CLOSE_SUSPENDED

# What Strawberry's graphql-transport-ws handler closes a refused connection with.
_STRAWBERRY_REFUSAL = 4403
# A close frame's reason is at most 123 bytes (RFC 6455: 125 with the code's 2).
MAX_CLOSE_REASON_BYTES = 123
SIGN_IN_AGAIN = "Not signed in: the access token is invalid or expired; refresh it or sign in again."
SUSPENDED = "This account is suspended."


@dataclass(frozen=True)
class Refused:
    code: int
    reason: str


def refusal_for(error: Unauthenticated | AccountSuspended) -> Refused:
    if isinstance(error, AccountSuspended):
        return Refused(CLOSE_SUSPENDED, SUSPENDED)
    if isinstance(error, MalformedCredentials):
        return Refused(CLOSE_SESSION_ENDED, CONNECTION_PARAMS_FORM)
    return Refused(CLOSE_SESSION_ENDED, SIGN_IN_AGAIN)


def note_refusal(websocket: object, refused: Refused) -> None:
    if isinstance(websocket, WebSocket):
        websocket.state.refused = refused


class RefusalClosingWebSocketAdapter(ASGIWebSocketAdapter):
    async def close(self, code: int, reason: str) -> None:
        refused = getattr(self.ws.state, "refused", None)
        if isinstance(refused, Refused) and code == _STRAWBERRY_REFUSAL:
            code, reason = refused.code, refused.reason
        if self.ws.application_state != WebSocketState.DISCONNECTED:
            await self.ws.close(code=code, reason=fitting_close_reason(reason))


def fitting_close_reason(reason: str) -> str:
    """The reason cut to the 123 bytes a close frame holds: Strawberry's reasons quote what the
    client sent ("Subscriber for <id> already exists", "Unknown message type: <type>"), and a
    longer one failed to send ("control frame too long"), ending the connection with no code."""
    encoded = reason.encode("utf-8", "replace")
    if len(encoded) <= MAX_CLOSE_REASON_BYTES:
        return reason
    return encoded[: MAX_CLOSE_REASON_BYTES - 3].decode("utf-8", "ignore") + "..."

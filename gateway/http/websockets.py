"""graphql-transport-ws with the per-connection subscription limit answered with a code;
connections of either protocol end when the sign-in behind them ends
(gateway.auth.session_bound_socket)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import BaseGraphQLTransportWSHandler
from strawberry.subscriptions.protocols.graphql_transport_ws.types import SubscribeMessage
from strawberry.subscriptions.protocols.graphql_ws.handlers import BaseGraphQLWSHandler
from strawberry.subscriptions.protocols.graphql_ws.types import StartMessage

from gateway.auth.session_bound_socket import EndsWithItsSession, LegacyEndsWithItsSession
from gateway.http.operation_count import operation_choice_problem
from gateway.http.request_context import GatewayContext

# graphql-transport-ws: a message that is not what the protocol says closes the socket with 4400.
CLOSE_INVALID_MESSAGE = 4400
PAYLOAD_NOT_AN_OBJECT = "The subscribe message's `payload` must be an object: {query, variables, operationName}."


def subscribe_payload_problem(payload: object) -> str | None:
    """What is wrong with a subscribe message's payload, as the HTTP endpoint would say it, or
    None: Strawberry takes its fields as they come, and a number for `query` or `operationName`
    failed inside the parser (an INTERNAL_SERVER_ERROR, or a silent `complete`)."""
    if not isinstance(payload, dict):
        return None  # the protocol's invalid message: the handlers close the socket with 4400
    if not isinstance(payload.get("query"), str):
        return "The subscribe message's `query` must be a string: the GraphQL document."
    if not isinstance(payload.get("operationName"), (str, type(None))):
        return "The subscribe message's `operationName` must be a string or null, if provided."
    for key in ("variables", "extensions"):
        if not isinstance(payload.get(key), (dict, type(None))):
            return f"The subscribe message's `{key}` must be an object or null, if provided."
    return None


def operation_problem(payload: Mapping[str, Any], context: object) -> str | None:
    """A document of several operations and no `operationName`, or a name it does not hold:
    Strawberry's stream answered the one with nothing and the other with a bare `complete`."""
    settings = getattr(getattr(context, "services", None), "settings", None)
    max_tokens = getattr(settings, "max_tokens", 5_000)
    return operation_choice_problem(payload["query"], payload.get("operationName"), max_tokens)


async def refused_payload(handler: Any, payload: object) -> tuple[bool, str | None]:
    """(closed, problem) for a subscribe/start message of an acknowledged connection: a payload
    that is not an object closes the socket (the protocol's 4400); a wrong field or operation
    choice is the problem to answer in an error message; (False, None) lets it run."""
    if not handler.connection_acknowledged:
        return False, None
    if not isinstance(payload, dict):
        await handler.websocket.close(code=CLOSE_INVALID_MESSAGE, reason=PAYLOAD_NOT_AN_OBJECT)
        return True, None
    return False, subscribe_payload_problem(payload) or operation_problem(payload, handler.context)


class SessionBoundGraphQLWSHandler(LegacyEndsWithItsSession, BaseGraphQLWSHandler[GatewayContext, None]):
    """The older graphql-ws protocol, ended with its sign-in like the newer one."""

    async def handle_start(self, message: StartMessage) -> None:
        closed, problem = await refused_payload(self, message.get("payload"))
        if closed:
            return
        if problem:
            await self.send_message({
                "type": "error", "id": message["id"],
                "payload": {"message": problem, "extensions": {"code": "BAD_USER_INPUT"}},
            })
            return
        await super().handle_start(message)


class LimitedTransportWSHandler(EndsWithItsSession, BaseGraphQLTransportWSHandler[GatewayContext, None]):
    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        closed, problem = await refused_payload(self, message.get("payload"))
        if closed:
            return
        if problem and message["id"] not in self.operations:
            await self.send_message({
                "id": message["id"],
                "type": "error",
                "payload": [{"message": problem, "extensions": {"code": "BAD_USER_INPUT"}}],
            })
            return
        limit = self.max_subscriptions_per_connection
        if (
            self.connection_acknowledged
            and limit is not None
            and message["id"] not in self.operations
            and len(self.operations) >= limit
        ):
            await self.send_message({
                "id": message["id"],
                "type": "error",
                "payload": [{
                    "message": f"At most {limit} subscriptions may run on one connection; complete one first.",
                    "extensions": {"code": "RATE_LIMITED", "maxSubscriptions": limit},
                }],
            })
            return
        await super().handle_subscribe(message)

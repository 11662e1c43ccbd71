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
from gateway.http.operation_count import operation_choice_problem, operation_type
from gateway.http.operation_fields import operation_name_problem, query_size_problem
from gateway.http.request_context import GatewayContext

# graphql-transport-ws: a message that is not what the protocol says closes the socket with 4400.
CLOSE_INVALID_MESSAGE = 4400
PAYLOAD_NOT_AN_OBJECT = "The subscribe message's `payload` must be an object: {query, variables, operationName}."
NOT_AN_OBJECT = "A message must be a JSON object with a `type`, as the protocol defines it."
# An id names an operation in every message about it and is held while it runs: client
# libraries send a counter or a UUID (36 characters).
MAX_OPERATION_ID_CHARS = 256
# The messages that name an operation by `id`, of either protocol.
_NAMING_AN_OPERATION = frozenset({"subscribe", "complete", "start", "stop"})


def message_problem(message: object) -> str | None:
    """Why a client message cannot even be told apart (the protocol's 4400; the reason is at
    most 123 bytes, as a close frame allows), or None. Strawberry indexed it as it came: a list
    for a message, or for an `id`, ended the connection with a TypeError and no close code."""
    if not isinstance(message, dict):
        return NOT_AN_OBJECT
    kind = message.get("type")
    if not isinstance(kind, str):
        return "A message's `type` must be a string, such as \"subscribe\"."
    if kind not in _NAMING_AN_OPERATION:
        return None
    operation_id = message.get("id")
    if not isinstance(operation_id, str) or not 0 < len(operation_id) <= MAX_OPERATION_ID_CHARS:
        return f"The {kind} message's `id` must be a string of 1 to {MAX_OPERATION_ID_CHARS} characters."
    return None


def subscribe_payload_problem(payload: object, max_query_bytes: int) -> str | None:
    """What is wrong with a subscribe message's payload, as the HTTP endpoint would say it, or
    None: Strawberry takes its fields as they come, and a number for `query` or `operationName`
    failed inside the parser (an INTERNAL_SERVER_ERROR, or a silent `complete`)."""
    if not isinstance(payload, dict):
        return None  # the protocol's invalid message: the handlers close the socket with 4400
    query = payload.get("query")
    if not isinstance(query, str):
        return "The subscribe message's `query` must be a string: the GraphQL document."
    problem = operation_name_problem(payload.get("operationName"), "The subscribe message's `operationName`")
    if problem:
        return problem
    for key in ("variables", "extensions"):
        if not isinstance(payload.get(key), (dict, type(None))):
            return f"The subscribe message's `{key}` must be an object or null, if provided."
    return query_size_problem(query, max_query_bytes, "The subscribe message's `query`")


def _settings(context: object) -> Any:
    return getattr(getattr(context, "services", None), "settings", None)


def operation_problem(payload: Mapping[str, Any], context: object) -> str | None:
    """A document of several operations and no `operationName`, or a name it does not hold:
    Strawberry's stream answered the one with nothing and the other with a bare `complete`."""
    max_tokens = getattr(_settings(context), "max_tokens", 5_000)
    return operation_choice_problem(payload["query"], payload.get("operationName"), max_tokens)


LEGACY_RUNS_SUBSCRIPTIONS = (
    "The graphql-ws protocol (subscriptions-transport-ws) runs subscriptions only here: send queries and"
    " mutations over HTTP, or over a graphql-transport-ws connection."
)


def legacy_operation_problem(payload: object, context: object) -> str | None:
    """Strawberry runs the older protocol's operations as subscriptions alone: a query or a
    mutation failed inside it (InvalidOperationTypeError: an INTERNAL_SERVER_ERROR)."""
    if not isinstance(payload, dict) or not isinstance(payload.get("query"), str):
        return None
    max_tokens = getattr(_settings(context), "max_tokens", 5_000)
    kind = operation_type(payload["query"], payload.get("operationName"), max_tokens)
    return LEGACY_RUNS_SUBSCRIPTIONS if kind in ("query", "mutation") else None


async def refused_message(handler: Any, message: object) -> bool:
    """True when the message was refused by closing the socket with the protocol's 4400."""
    problem = message_problem(message)
    if problem is not None:
        await handler.websocket.close(code=CLOSE_INVALID_MESSAGE, reason=problem)
    return problem is not None


async def refused_payload(handler: Any, payload: object) -> tuple[bool, str | None]:
    """(closed, problem) for a subscribe/start message of an acknowledged connection: a payload
    that is not an object closes the socket (the protocol's 4400); a wrong field or operation
    choice is the problem to answer in an error message; (False, None) lets it run."""
    if not handler.connection_acknowledged:
        return False, None
    if not isinstance(payload, dict):
        await handler.websocket.close(code=CLOSE_INVALID_MESSAGE, reason=PAYLOAD_NOT_AN_OBJECT)
        return True, None
    max_query_bytes = getattr(_settings(handler.context), "max_body_bytes", 12 * 1024 * 1024)
    return False, subscribe_payload_problem(payload, max_query_bytes) or operation_problem(payload, handler.context)


class SessionBoundGraphQLWSHandler(LegacyEndsWithItsSession, BaseGraphQLWSHandler[GatewayContext, None]):
    """The older graphql-ws protocol, ended with its sign-in like the newer one."""

    async def handle_message(self, message: Any) -> None:
        if not await refused_message(self, message):
            await super().handle_message(message)

    async def handle_start(self, message: StartMessage) -> None:
        closed, problem = await refused_payload(self, message.get("payload"))
        if closed:
            return
        if not problem and self.connection_acknowledged:
            problem = legacy_operation_problem(message.get("payload"), self.context)
        if problem:
            await self.send_message({
                "type": "error", "id": message["id"],
                "payload": {"message": problem, "extensions": {"code": "BAD_USER_INPUT"}},
            })
            return
        await super().handle_start(message)


class LimitedTransportWSHandler(EndsWithItsSession, BaseGraphQLTransportWSHandler[GatewayContext, None]):
    async def handle_message(self, message: Any) -> None:
        if not await refused_message(self, message):
            await super().handle_message(message)

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

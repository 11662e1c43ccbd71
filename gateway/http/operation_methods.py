"""An operation sent with a method that may not run it, refused with what to send instead;
a method the endpoint does not take at all (PUT, DELETE, ...) likewise, as JSON with a code.

Strawberry says "mutations are not allowed when using GET" with a 400. GraphQL over HTTP
asks for 405 Method Not Allowed there (a GET must never change anything: links, prefetches
and caches replay it), and the caller needs the way that works: POST, or a websocket for a
subscription."""
from __future__ import annotations

from cross_web import HTTPException
from starlette.responses import JSONResponse
from starlette.types import Receive, Scope, Send
from strawberry.schema.exceptions import InvalidOperationTypeError
from strawberry.types.graphql import OperationType

from gateway.http.refusals import Refusal

_INSTEAD = {
    OperationType.MUTATION: "send mutations with POST and a JSON body (`content-type: application/json`).",
    OperationType.QUERY: "send queries with GET or POST.",
    OperationType.SUBSCRIPTION: "subscribe over a websocket to this same path (graphql-transport-ws protocol).",
}


def wrong_method_refusal(problem: HTTPException, method: str | None) -> Refusal | None:
    """The refusal for an operation its HTTP method may not run, or None for anything else."""
    cause = problem.__cause__
    if not isinstance(cause, InvalidOperationTypeError):
        return None
    kind = cause.operation_type
    status, headers = (405, {"allow": "POST"}) if kind is OperationType.MUTATION and method == "GET" \
        else (problem.status_code, {})
    return Refusal(status, "BAD_USER_INPUT",
                   f"A {kind.value} cannot be run over {method or 'this method'}: {_INSTEAD[kind]}",
                   headers=headers)


# What the GraphQL route takes over plain HTTP (CORS answers OPTIONS preflights).
GRAPHQL_METHODS = ("GET", "POST", "OPTIONS")


class UnsupportedMethod:
    """The answer to every other method on the GraphQL path (an ASGI app, so its route takes
    any method): Starlette's own was a plain-text "Method Not Allowed" no GraphQL client reads."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = str(scope.get("method", ""))[:20]
        refusal = Refusal(
            405, "BAD_USER_INPUT",
            f"{method} is not a method this endpoint takes: use GET or POST. Queries go by GET or POST,"
            f" mutations by POST; {_INSTEAD[OperationType.SUBSCRIPTION]}",
            headers={"allow": ", ".join(GRAPHQL_METHODS)},
        )
        response = JSONResponse(refusal.payload(), status_code=refusal.status, headers=refusal.headers)
        await response(scope, receive, send)

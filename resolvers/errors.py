"""Every error leaves with an `extensions.code`: expected failures keep their message,
anything unexpected is logged with the request id and masked."""
from __future__ import annotations

import logging
from typing import Iterator

from graphql import ExecutionResult as GraphQLExecutionResult
from graphql.error import GraphQLError
from strawberry.extensions import SchemaExtension
from strawberry.types.execution import ExecutionResult

from domain.errors import DomainError

log = logging.getLogger("talentgraph.errors")

KNOWN_CODES = frozenset({
    "UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "NOT_FOUND", "CONFLICT", "RATE_LIMITED",
    "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_SUPPORTED", "PERSISTED_QUERY_NOT_IN_LIST",
    "INTERNAL_SERVER_ERROR",
})


def _with(error: GraphQLError, message: str, extensions: dict) -> GraphQLError:
    return GraphQLError(
        message, nodes=error.nodes, source=error.source, positions=error.positions, path=error.path,
        original_error=None, extensions=extensions,
    )


def format_error(error: GraphQLError, request_id: str) -> GraphQLError:
    original = error.original_error
    while isinstance(original, GraphQLError) and original.original_error is not None:
        original = original.original_error
    if isinstance(original, DomainError):
        return _with(error, original.message, {"code": original.code, **original.extensions})
    code = (error.extensions or {}).get("code")
    if isinstance(original, GraphQLError):
        code = (original.extensions or {}).get("code", code)
    if code in KNOWN_CODES:
        return _with(error, error.message, {**(error.extensions or {}), "code": code})
    if original is None or isinstance(original, GraphQLError):
        # Parse, validation and variable-coercion errors: the request itself is wrong.
        return _with(error, error.message, {**(error.extensions or {}), "code": "BAD_USER_INPUT"})
    log.error(
        "unexpected error in %s (request %s)", ".".join(map(str, error.path or [])) or "operation", request_id,
        exc_info=(type(original), original, original.__traceback__),
        extra={"request_id": request_id},
    )
    return _with(
        error,
        f"Something went wrong on our side; quote request id {request_id} if you contact support.",
        {"code": "INTERNAL_SERVER_ERROR", "requestId": request_id},
    )


class ErrorCodes(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        yield
        context = self.execution_context.context
        request_id = getattr(context, "request_id", "-")
        result = self.execution_context.result
        # The same error object can sit in both lists: format (and log) each one once.
        formatted: dict[int, GraphQLError] = {}

        def once(error: GraphQLError) -> GraphQLError:
            if id(error) not in formatted:
                formatted[id(error)] = format_error(error, request_id)
            return formatted[id(error)]

        if isinstance(result, (GraphQLExecutionResult, ExecutionResult)) and result.errors:
            result.errors = [once(e) for e in result.errors]
        if self.execution_context.pre_execution_errors:
            self.execution_context.pre_execution_errors = [once(e) for e in self.execution_context.pre_execution_errors]

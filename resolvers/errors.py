"""Every error leaves with an `extensions.code`: expected failures keep their message,
anything unexpected is logged with the request id and masked. A document that does not parse
is GRAPHQL_PARSE_FAILED and one that does not validate (or is over the depth, alias or token
limits) is GRAPHQL_VALIDATION_FAILED, as Apollo Server names them; variables that do not
coerce are BAD_USER_INPUT. No message repeats a value the client sent (values_not_repeated)."""
from __future__ import annotations

import logging
from collections.abc import Iterator

from graphql import ExecutionResult as GraphQLExecutionResult
from graphql import GraphQLSchema
from graphql.error import GraphQLError, GraphQLSyntaxError
from strawberry.extensions import SchemaExtension
from strawberry.types.execution import ExecutionResult

from domain.errors import DomainError
from resolvers.core_schema import graphql_core_schema
from resolvers.decimal_scalar import decimal_refusal
from resolvers.document_size import explain_token_limit, explain_validation_budget
from resolvers.file_in_variable import file_in_variable_message
from resolvers.ids import to_global_id
from resolvers.input_value_messages import enum_values_message, missing_file_message
from resolvers.int_variable import int_variable_message
from resolvers.paging_arguments import explain_backward_paging
from resolvers.values_not_repeated import without_values

log = logging.getLogger("talentgraph.errors")

KNOWN_CODES = frozenset({
    "UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "NOT_FOUND", "CONFLICT", "RATE_LIMITED",
    "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_SUPPORTED", "PERSISTED_QUERY_NOT_IN_LIST",
    "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "INTERNAL_SERVER_ERROR",
})
# Extensions of domain errors that name a stored record: clients get the record's global ID,
# the one `node(id:)` and every argument take, never the stored one.
_ID_EXTENSIONS = {"existingApplicationId": "Application", "applicationId": "Application", "jobId": "Job"}
PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"


def _with(error: GraphQLError, message: str, extensions: dict) -> GraphQLError:
    return GraphQLError(
        message, nodes=error.nodes, source=error.source, positions=error.positions, path=error.path,
        original_error=None, extensions=extensions,
    )


def _public(extensions: dict[str, object]) -> dict[str, object]:
    return {key: to_global_id(_ID_EXTENSIONS[key], value) if key in _ID_EXTENSIONS and isinstance(value, str) else value
            for key, value in extensions.items()}


def format_error(error: GraphQLError, request_id: str, request_error_code: str = "BAD_USER_INPUT",
                 schema: GraphQLSchema | None = None) -> GraphQLError:
    """`request_error_code` is for an error of the request itself (no original exception):
    GRAPHQL_VALIDATION_FAILED for the validation phase's errors, else BAD_USER_INPUT. `schema`
    names an enum's values where a value given is not one of them."""
    original = error.original_error
    while isinstance(original, GraphQLError) and original.original_error is not None:
        original = original.original_error
    if isinstance(original, DomainError):
        return _with(error, original.message, {"code": original.code, **_public(original.extensions)})
    code = (error.extensions or {}).get("code")
    if isinstance(original, GraphQLError):
        code = (original.extensions or {}).get("code", code)
    if code in KNOWN_CODES:
        return _with(error, without_values(error.message), {**(error.extensions or {}), "code": code})
    if original is None or isinstance(original, GraphQLError):
        # Parse, validation and variable-coercion errors: the request itself is wrong.
        code = PARSE_FAILED if isinstance(error, GraphQLSyntaxError) else request_error_code
        amount = decimal_refusal(error.message)
        if amount is not None:
            said, field = amount
            return _with(error, said, {**(error.extensions or {}), "code": code, **({"field": field} if field else {})})
        message = (file_in_variable_message(error.message) or missing_file_message(error.message)
                   or int_variable_message(error.message) or enum_values_message(error.message, schema)
                   or error.message)
        return _with(error, without_values(message), {**(error.extensions or {}), "code": code})
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
    _invalid: frozenset[int] = frozenset()  # ids of this request's validation errors

    def on_validate(self) -> Iterator[None]:
        yield
        errors = self.execution_context.pre_execution_errors or ()
        self._invalid = frozenset(map(id, errors))
        # Coded here too, as streams (websockets) send their first result before on_operation
        # ends; a rule's own code (the cost limit's) stays.
        schema = self.execution_context.schema
        for error in errors:
            explain_backward_paging(error, schema)
            error.message = enum_values_message(error.message, graphql_core_schema(schema)) or error.message
            explain_validation_budget(error, VALIDATION_FAILED)
            if (error.extensions or {}).get("code") not in KNOWN_CODES:
                error.extensions = {**(error.extensions or {}), "code": VALIDATION_FAILED}

    def on_operation(self) -> Iterator[None]:
        try:
            yield
        except GraphQLSyntaxError as error:
            # A parser cache parses in its own hook, so a syntax error leaves the operation as
            # an exception that Strawberry turns into the response's error as it is. A document
            # over the token limit is refused like one over the depth or alias limits.
            if not explain_token_limit(error, self.execution_context.query, VALIDATION_FAILED):
                error.extensions = {**(error.extensions or {}), "code": PARSE_FAILED}
            raise
        context = self.execution_context.context
        request_id = getattr(context, "request_id", "-")
        result = self.execution_context.result
        # The same error object can sit in both lists: format (and log) each one once.
        formatted: dict[int, GraphQLError] = {}
        schema = graphql_core_schema(self.execution_context.schema)

        def once(error: GraphQLError) -> GraphQLError:
            if id(error) not in formatted:
                code = VALIDATION_FAILED if id(error) in self._invalid else "BAD_USER_INPUT"
                formatted[id(error)] = format_error(error, request_id, code, schema)
            return formatted[id(error)]

        if isinstance(result, (GraphQLExecutionResult, ExecutionResult)) and result.errors:
            result.errors = [once(e) for e in result.errors]
        if self.execution_context.pre_execution_errors:
            self.execution_context.pre_execution_errors = [once(e) for e in self.execution_context.pre_execution_errors]

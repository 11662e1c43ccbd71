"""A plain JSON POST of one operation, read without Strawberry's general body parsing.

Strawberry's `parse_http_body` parses the Content-Type header with the standard library's
email machinery and scans the Accept header for a streaming transport on every request: a
few percent of the reference query's time. Most requests are a POST with
`Content-Type: application/json` and an Accept header no streaming transport answers; those
are read here with the same checks and messages. Anything else (GET, multipart, other media
types or parameters, an Accept header naming a stream, a batch) takes Strawberry's path."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cross_web import HTTPException
from strawberry.http import GraphQLRequestData

PLAIN_JSON_CONTENT_TYPES = frozenset({"application/json", "application/json; charset=utf-8",
                                      "application/json;charset=utf-8", "application/json; charset=UTF-8"})
# Accept headers that name no streaming response (multipart/mixed, text/event-stream): with
# these Strawberry's transport lookup finds none and the protocol is plain "http".
NOT_STREAMED_ACCEPTS = frozenset({"", "*/*", "application/json", "application/graphql-response+json",
                                  "application/graphql-response+json, application/json",
                                  "application/graphql-response+json,application/json",
                                  "application/json, */*", "application/json, text/plain, */*"})


def is_plain_json_post(method: str, headers: Mapping[str, str]) -> bool:
    return (
        method == "POST"
        and headers.get("content-type") in PLAIN_JSON_CONTENT_TYPES
        and headers.get("accept", "") in NOT_STREAMED_ACCEPTS
    )


def one_operation(data: dict[str, Any]) -> GraphQLRequestData:
    """As Strawberry checks a single operation's members, with the same messages."""
    query = data.get("query")
    if not isinstance(query, (str, type(None))):
        raise HTTPException(400, "The GraphQL operation's `query` must be a string or null, if provided.")
    variables = data.get("variables")
    if not isinstance(variables, (dict, type(None))):
        raise HTTPException(400, "The GraphQL operation's `variables` must be an object or null, if provided.")
    extensions = data.get("extensions")
    if not isinstance(extensions, (dict, type(None))):
        raise HTTPException(400, "The GraphQL operation's `extensions` must be an object or null, if provided.")
    return GraphQLRequestData(
        query=query, variables=variables, operation_name=data.get("operationName"), extensions=extensions,
        protocol="http",
    )

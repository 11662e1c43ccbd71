"""A GraphQL request by GET: `query`, `operationName`, `variables` and `extensions` are query
parameters, the last two JSON. Strawberry reads them as if they were a body ("Unable to parse
request body as JSON", a lone surrogate named as if `variables` were the whole request); a
problem in one is told here naming the parameter."""
from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl

from cross_web import HTTPException

from gateway.http.persisted_queries import json_kind
from gateway.http.unpaired_surrogates import UnpairedSurrogate

GRAPHQL_PARAMETERS = ("query", "operationName", "variables", "extensions")
JSON_PARAMETERS = ("variables", "extensions")


def graphql_parameters(params: Mapping[str, str], decode_json: Callable[[str, str], object]) -> dict[str, Any]:
    """The request's parameters with `variables` and `extensions` decoded; `decode_json(text,
    within)` raises UnpairedSurrogate naming the place inside `within`."""
    data: dict[str, Any] = dict(params)
    for name in JSON_PARAMETERS:
        if data.get(name):
            data[name] = _json_parameter(name, data[name], decode_json)
    return data


def _json_parameter(name: str, text: str, decode_json: Callable[[str, str], object]) -> dict[str, Any] | None:
    try:
        value = decode_json(text, name)
    except UnpairedSurrogate as error:
        raise HTTPException(400, error.message) from None
    except ValueError as error:  # json.JSONDecodeError, or an integer of too many digits
        detail = f" ({error.msg} at character {error.pos})" if isinstance(error, json.JSONDecodeError) else ""
        raise HTTPException(
            400, f"The `{name}` query parameter is not valid JSON{detail}: send a JSON object, URL-encoded."
        ) from None
    if not isinstance(value, (dict, type(None))):
        raise HTTPException(
            400, f"The `{name}` query parameter must be a JSON object (or null, or left out), not {json_kind(value)}."
        )
    return value


def refuse_text_that_is_not_utf8(params: Mapping[str, str], raw_query_string: bytes) -> None:
    """Percent-escapes that are no UTF-8 (%ED%A0%80 is half of a UTF-16 surrogate pair, %E9 a
    Latin-1 é) decode to U+FFFD, so a search or a name would quietly hold other text than was
    sent: refused naming the parameter. Only a request holding U+FFFD pays for the second look."""
    if not any("\ufffd" in params.get(name, "") for name in GRAPHQL_PARAMETERS):
        return
    for name, value in parse_qsl(raw_query_string.decode("latin-1"), keep_blank_values=True, encoding="latin-1"):
        if name not in GRAPHQL_PARAMETERS:
            continue
        try:
            value.encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            raise HTTPException(
                400,
                f"The `{name}` query parameter is not UTF-8 text: percent-encode the UTF-8 bytes of the text"
                " (a character beyond U+FFFF as its 4 bytes, not as two UTF-16 halves such as %ED%A0%BD).",
            ) from None

"""GraphQL over HTTP response media types and the status codes that go with them.

With `application/graphql-response+json` a request error (the document did not parse or
validate, or the variables did not coerce: nothing executed) is a 400 without `data`, and an
executed operation is 200 (the spec's meaning of a 4xx under that type: nothing ran). With
legacy `application/json` a request error or a refused operation is a 4xx keeping its body,
`data` included (gateway/http/error_status.py); anything else is 200."""
from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from strawberry.http import GraphQLHTTPResponse

from gateway.http.error_status import refused_status

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
JSON = "application/json"


@lru_cache(maxsize=256)  # clients send the same few Accept headers on every request
def response_media_type(accept: str | None) -> str:
    """The best of the two JSON media types the caller accepts; JSON when it names neither
    (no Accept header, */*, or only other types: a JSON body beats a 406 for every client)."""
    best, best_q = JSON, -1.0
    for part in (accept or "").split(","):
        media, _, params = part.strip().partition(";")
        media = media.strip().lower()
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q <= 0:
            continue
        if media == GRAPHQL_RESPONSE_JSON and q > best_q:
            best, best_q = GRAPHQL_RESPONSE_JSON, q
        elif media in (JSON, "application/*", "*/*") and q > best_q:
            best, best_q = JSON, q
    return best


def is_request_error(payload: GraphQLHTTPResponse) -> bool:
    """Nothing executed: errors, no data, and no error points at a field path."""
    errors = payload.get("errors") or []
    return bool(errors) and payload.get("data") is None and all(
        not (isinstance(error, dict) and error.get("path")) for error in errors
    )


def shape_for(media_type: str, payload: GraphQLHTTPResponse) -> tuple[int, Mapping[str, object]]:
    """The status and body for one result in the negotiated media type."""
    if media_type == GRAPHQL_RESPONSE_JSON:
        if is_request_error(payload):
            return 400, {key: value for key, value in payload.items() if key != "data"}
        # The spec: non-null `data` MUST be 2xx, null `data` SHOULD be; its clients read a 4xx
        # as "nothing executed", so a refused operation stays 200 under this type.
        return 200, payload
    return refused_status(payload) or 200, payload

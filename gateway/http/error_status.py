"""The HTTP status of a refused operation under legacy `application/json`, as Apollo Server 4
lets an error carry its status: a caller (curl, a script, a proxy's log) sees at a glance that
the request was wrong, and why, without reading the body.

An operation is refused when it produced no data (`data` is null, or every field in it is a
null an error stopped at, however deep: `{me: {organization: null}}`; a null no error reached
is an answer, as a user's unset phone is)
and every error's code is a client's: the request error codes (parse, validation, variables)
and the resolvers' BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT and
RATE_LIMITED. Anything else keeps 200: a partial result (some root field has data), an
INTERNAL_SERVER_ERROR among the errors (the body says to quote the request id; a 5xx would be
retried by proxies and clients), and the persisted-query codes (Apollo's link retries with the
query only after a 200)."""
from __future__ import annotations

import math
from collections.abc import Mapping

STATUS_OF_CODE: Mapping[str, int] = {
    "GRAPHQL_PARSE_FAILED": 400,
    "GRAPHQL_VALIDATION_FAILED": 400,
    "BAD_USER_INPUT": 400,
    "UNAUTHENTICATED": 401,
    "FORBIDDEN": 403,
    "NOT_FOUND": 404,
    "CONFLICT": 409,
    "RATE_LIMITED": 429,
}
_AUTHENTICATION = frozenset({401, 403})


def refused_status(payload: Mapping[str, object]) -> int | None:
    """The status for one operation's result, or None when it is no refusal (then 200).

    Errors of one status give that status. Errors of several: 401 when they are all 401 or 403
    (signing in comes first, and may lift the 403s too); otherwise 400, the request was wrong
    in more than one way and the body names each."""
    errors = payload.get("errors")
    if not isinstance(errors, list) or not errors:
        return None
    error_paths = [tuple(path) for error in errors if isinstance(error, Mapping)
                   and isinstance(path := error.get("path"), list)]
    if _produced_data(payload.get("data"), error_paths, ()):
        return None
    statuses = {STATUS_OF_CODE.get(_code_of(error)) for error in errors}
    if None in statuses:
        return None
    if len(statuses) == 1:
        return statuses.pop()
    return 401 if statuses <= _AUTHENTICATION else 400


def _produced_data(data: object, error_paths: list[tuple[object, ...]], path: tuple[object, ...]) -> bool:
    """Whether any field answered: a value other than null, looking into objects, since a
    refused field's null stops at its nearest nullable parent; a null below a root field that
    no error's path passes through answered it (a user's phone not given). A list, even an
    empty one, is an answer."""
    if isinstance(data, Mapping):
        return any(_produced_data(value, error_paths, (*path, key)) for key, value in data.items())
    if data is not None:
        return True
    # A root field's null answers nothing; deeper, only a null an error's path passes through.
    return len(path) > 1 and not any(error_path[:len(path)] == path for error_path in error_paths)


def _code_of(error: object) -> str:
    extensions = error.get("extensions") if isinstance(error, Mapping) else None
    code = extensions.get("code") if isinstance(extensions, Mapping) else None
    return code if isinstance(code, str) else ""


def retry_after_headers(payload: Mapping[str, object]) -> dict[str, str]:
    """`Retry-After` for a 429: the longest wait any RATE_LIMITED error names (its
    `extensions.retryAfter`, seconds), rounded up to the whole seconds the header takes; none
    when no error names one."""
    errors = payload.get("errors")
    waits = [_retry_after_of(error) for error in errors] if isinstance(errors, list) else []
    known = [wait for wait in waits if wait is not None]
    return {"retry-after": str(max(1, math.ceil(max(known))))} if known else {}


def _retry_after_of(error: object) -> float | None:
    extensions = error.get("extensions") if isinstance(error, Mapping) else None
    wait = extensions.get("retryAfter") if isinstance(extensions, Mapping) else None
    if isinstance(wait, bool) or not isinstance(wait, (int, float)) or not math.isfinite(wait):
        return None
    return float(wait) if _code_of(error) == "RATE_LIMITED" else None

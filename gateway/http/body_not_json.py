"""What a request body that is not JSON is answered with: where it breaks and the shape to
send, instead of Strawberry's bare "Unable to parse request body as JSON"."""
from __future__ import annotations

import json
import sys

from cross_web import HTTPException

from gateway.http.refusals import Refusal

UNPARSED = "Unable to parse request body as JSON"
SHAPE = ('send a JSON object such as {"query": "{ __typename }"} (with "variables" beside "query" when it has any),'
         " or an array of such objects for a batch")


def explained(error: HTTPException) -> HTTPException:
    """`error` itself unless it is the bare refusal of a body that is not JSON."""
    if error.reason != UNPARSED:
        return error
    return HTTPException(400, f"The request body is not valid JSON{_where(error.__cause__)}: {SHAPE}.")


def _where(cause: BaseException | None) -> str:
    if isinstance(cause, json.JSONDecodeError):
        return f" ({cause.msg} at character {cause.pos})"
    if isinstance(cause, UnicodeDecodeError):
        return " (its bytes are not UTF-8 text)"
    if isinstance(cause, ValueError):
        # Well-formed text: the only other refusal is Python's limit on an integer's digits.
        return (f" (a number in it is too long: more than {sys.get_int_max_str_digits()} digits; send a"
                " number that long as a string)")
    return ""


def refuse_encoded_bodies(encoding: str | None) -> None:
    """A compressed body (gzip, br) is not read as what it is: its bytes would be reported as
    "not valid JSON", sending the caller to look for a JSON mistake. 415 with Accept-Encoding
    says which encoding is taken (RFC 7694)."""
    if encoding is None or encoding.strip().lower() in ("", "identity"):
        return
    raise Refusal(
        415, "BAD_USER_INPUT",
        f"The request body's content encoding {encoding.strip()[:40]!r} is not supported: send the body"
        " uncompressed, without a `content-encoding` header.",
        headers={"accept-encoding": "identity"}, reason="CONTENT_ENCODING_NOT_SUPPORTED",
    )

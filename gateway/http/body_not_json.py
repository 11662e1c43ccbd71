"""What a request body that is not JSON is answered with: where it breaks and the shape to
send, instead of Strawberry's bare "Unable to parse request body as JSON"."""
from __future__ import annotations

import json

from cross_web import HTTPException

UNPARSED = "Unable to parse request body as JSON"
SHAPE = ('send a JSON object such as {"query": "{ __typename }"} (with "variables" beside "query" when it has any),'
         " or an array of such objects for a batch")


def explained(error: HTTPException) -> HTTPException:
    """`error` itself unless it is the bare refusal of a body that is not JSON."""
    if error.reason != UNPARSED:
        return error
    cause = error.__cause__
    where = (f" ({cause.msg} at character {cause.pos})" if isinstance(cause, json.JSONDecodeError)
             else " (its bytes are not UTF-8 text)")
    return HTTPException(400, f"The request body is not valid JSON{where}: {SHAPE}.")

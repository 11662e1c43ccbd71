"""Bounds on an operation's text fields that hold over HTTP and on websockets alike: over HTTP
the body limit (413) bounds `query`, which a websocket message (up to the server's frame
limit) did not; `operationName` names one operation of the document, so a name longer than
any document would hold is refused before it is echoed back in "Unknown operation named"."""
from __future__ import annotations

# A generated name of several words is under a hundred characters; this leaves room to spare.
MAX_OPERATION_NAME_CHARS = 1_024


def operation_name_problem(operation_name: object, where: str = "`operationName`") -> str | None:
    """What is wrong with an operation's `operationName`, or None."""
    if operation_name is None:
        return None
    if not isinstance(operation_name, str):
        return f"{where} must be a string (the name of an operation in `query`) or null, if provided."
    if len(operation_name) > MAX_OPERATION_NAME_CHARS:
        return (f"{where} is {len(operation_name)} characters long; at most {MAX_OPERATION_NAME_CHARS}:"
                " it names one operation of `query`.")
    return None


def query_size_problem(query: str, max_bytes: int, where: str = "`query`") -> str | None:
    """A document larger than an HTTP request body may be, in the body limit's words."""
    if len(query) <= max_bytes // 4:
        return None  # a UTF-8 character is at most 4 bytes: no need to encode it to know
    size = len(query) if query.isascii() else len(query.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        return (f"{where} is {size} bytes, larger than the {max_bytes} bytes this server accepts"
                " in a request body; send a shorter document.")
    return None

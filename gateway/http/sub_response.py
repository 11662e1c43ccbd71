"""The response a request's resolvers may touch before the answer is built (a status, headers,
a cookie), as Strawberry's `get_sub_response` makes it, without rendering an empty body and
then deleting the content-length header it set: a few microseconds of every request."""
from __future__ import annotations

from starlette.responses import Response


class SubResponse(Response):
    def __init__(self) -> None:  # Response's own __init__ renders a body this never sends
        self.status_code = None  # type: ignore[assignment]  # unset until a resolver sets one, as Strawberry's
        self.background = None
        self.body = b""
        self.raw_headers = []


def headers_set_on(response: Response) -> dict[str, str]:
    return dict(response.headers) if response.raw_headers else {}

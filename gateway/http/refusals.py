"""A request the gateway answers itself, before or instead of executing it."""
from __future__ import annotations

from typing import Any


class Refusal(Exception):
    """`status` applies whatever the negotiated media type (Apollo's APQ protocol needs 200 for
    PERSISTED_QUERY_NOT_FOUND; a hash mismatch is 400; rate limiting is 429)."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None, **extensions: Any
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}
        self.extensions = extensions

    def payload(self) -> dict[str, Any]:
        return {"errors": [{"message": self.message, "extensions": {"code": self.code, **self.extensions}}]}

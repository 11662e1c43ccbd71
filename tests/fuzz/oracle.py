"""What every response must satisfy, whatever was sent: no HTTP 5xx, every GraphQL error has an
`extensions.code`, and none is INTERNAL_SERVER_ERROR. Websockets: no 1011/4500 close."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

SERVER_CLOSE_CODES = {1011, 4500}


@dataclass
class Outcome:
    """What came back for one operation, and what the server logged meanwhile."""

    status: int | None = None
    body: Any = None
    close_code: int | None = None
    logged: list[str] = field(default_factory=list)
    text: str = ""

    def summary(self) -> str:
        shown = json.dumps(self.body, default=str)[:700] if self.body is not None else self.text[:700]
        parts = [f"HTTP {self.status}" if self.status is not None else "websocket"]
        if self.close_code is not None:
            parts.append(f"closed {self.close_code}")
        parts.append(shown)
        return " ".join(parts)


def errors_in(body: Any) -> list[dict]:
    """The GraphQL errors of a response, a batch response or a websocket message payload."""
    if isinstance(body, list):
        return [error for item in body for error in errors_in(item)]
    if not isinstance(body, dict):
        return []
    found = body.get("errors")
    return [e if isinstance(e, dict) else {"message": repr(e)} for e in found] if isinstance(found, list) else []


def violations(outcome: Outcome) -> list[str]:
    """Each broken rule as a short signature (stable across runs: no ids, no numbers)."""
    found: list[str] = []
    if outcome.status is not None and outcome.status >= 500:
        found.append(f"HTTP {outcome.status}")
    if outcome.close_code in SERVER_CLOSE_CODES:
        found.append(f"websocket closed {outcome.close_code}")
    for error in errors_in(outcome.body):
        code = (error.get("extensions") or {}).get("code") if isinstance(error.get("extensions"), dict) else None
        if code is None:
            found.append(f"error without extensions.code: {normalise(str(error.get('message')))}")
        elif code == "INTERNAL_SERVER_ERROR":
            found.append("INTERNAL_SERVER_ERROR")
    return found


def normalise(message: str) -> str:
    """A message with its variable parts (numbers, quoted text, positions) blanked."""
    message = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", message)
    return re.sub(r"\d+", "N", message)[:160]


def signature(outcome: Outcome, broken: list[str], root_fields: tuple[str, ...]) -> str:
    """Which bug this is: the rule broken, where the server raised (if it logged), the fields."""
    cause = outcome.logged[0] if outcome.logged else ""
    cause = re.sub(r":\d+ \(", ":N (", cause.split(": ", 1)[0] + " " + cause.rsplit(" at ", 1)[-1]) if cause else ""
    first_path = ""
    for error in errors_in(outcome.body):
        if (error.get("extensions") or {}).get("code") == "INTERNAL_SERVER_ERROR" and error.get("path"):
            first_path = ".".join(str(p) for p in error["path"] if not isinstance(p, int))
            break
    return " | ".join(part for part in (broken[0], cause, first_path or ",".join(root_fields)) if part)

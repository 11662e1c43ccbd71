"""JSON logs, one object a line, with the request id where there is one; access lines without
query strings or link tokens (a GET query string can hold a password or a request's
variables, a download path is a bearer link)."""
from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

# Paths whose last segment is itself a credential (a signed download link).
_SECRET_PATH_PREFIXES = ("/downloads/",)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key in ("request_id", "operation", "event"):
            value = getattr(record, key, None)
            if value is not None:
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def redact_path(path: str) -> str:
    """The path as it may be logged: no query string, no token in a link's path."""
    bare, question, _ = path.partition("?")
    for prefix in _SECRET_PATH_PREFIXES:
        if bare.startswith(prefix) and len(bare) > len(prefix):
            bare = prefix + "[redacted]"
    return bare + ("?[redacted]" if question else "")


class AccessLogRedaction(logging.Filter):
    """On uvicorn's access and error loggers: every argument that is a request path loses its
    query string and link tokens (uvicorn passes the path as an argument of the line)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and record.args:
            record.args = tuple(
                redact_path(arg) if isinstance(arg, str) and arg.startswith("/") else arg for arg in record.args
            )
        return True


def configure_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn.access", "uvicorn.error"):
        logger = logging.getLogger(name)
        if not any(isinstance(existing, AccessLogRedaction) for existing in logger.filters):
            logger.addFilter(AccessLogRedaction())

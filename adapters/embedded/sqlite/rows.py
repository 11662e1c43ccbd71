"""Conversions between SQLite values and domain values."""
from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

T = TypeVar("T")


def to_text(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def to_datetime(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def to_json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), default=str)


def placeholders(count: int) -> str:
    return ",".join("?" * count)


def in_key_order(ids: Sequence[str], found: dict[str, T]) -> list[T | None]:
    return [found.get(i) for i in ids]

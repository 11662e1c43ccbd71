"""Conversions between SQLite values and domain values."""
from __future__ import annotations

import json
import sqlite3
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


def to_moment(text: str) -> datetime:
    """A NOT NULL timestamp column."""
    return datetime.fromisoformat(text)


def one_row(row: sqlite3.Row | None) -> sqlite3.Row:
    """The row of a statement that always yields one (an aggregate, a row just written in
    the same transaction)."""
    if row is None:
        raise LookupError("a statement that always yields a row yielded none")
    return row


def to_json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), default=str)


def placeholders(count: int) -> str:
    return ",".join("?" * count)


def in_key_order(ids: Sequence[str], found: dict[str, T]) -> list[T | None]:
    return [found.get(i) for i in ids]

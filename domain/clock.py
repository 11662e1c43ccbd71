"""Time and identity, as ports so that tests can pin them."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


def new_id() -> str:
    return uuid.uuid4().hex


def moment_after(clock: Clock, last_change: datetime) -> datetime:
    """Now, but always later than `last_change`, so that every write of a row moves its
    `updated_at` and a write made from an older read is told apart (a clock may repeat)."""
    return max(clock.now(), last_change + timedelta(microseconds=1))

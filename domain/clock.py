"""Time and identity, as ports so that tests can pin them."""
from __future__ import annotations

import secrets
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


def new_ids(count: int) -> list[str]:
    """`count` ids made as new_id() makes each (a random UUID version 4, as hex), from one read
    of the system's random source instead of one read per id: a batch of jobs makes thousands."""
    raw = secrets.token_bytes(16 * count)
    return [uuid.UUID(bytes=raw[at:at + 16], version=4).hex for at in range(0, 16 * count, 16)]


def moment_after(clock: Clock, last_change: datetime) -> datetime:
    """Now, but always later than `last_change`, so that every write of a row moves its
    `updated_at` and a write made from an older read is told apart (a clock may repeat)."""
    return max(clock.now(), last_change + timedelta(microseconds=1))

"""A clock that stands still until a test moves it: `clock.now += 5` is five seconds later."""
from __future__ import annotations


class ManualClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class ShiftedClock:
    """The system's time moved on by `shift`, for the services' Clock port: a test moves it a
    month on (`clock.shift += timedelta(days=31)`) while tokens and leases keep real time."""

    def __init__(self) -> None:
        from datetime import timedelta

        self.shift = timedelta(0)

    def now(self):
        from datetime import UTC, datetime

        return datetime.now(UTC) + self.shift

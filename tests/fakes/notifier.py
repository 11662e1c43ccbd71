"""Notifier fakes: one that records, one that fails a set number of times first."""
from __future__ import annotations

from domain.ports.notifications import Message


class FlakyNotifier:
    """Fails its first `failures` sends (a mail relay that is down), then delivers to `inner`.
    With `kind`, only sends holding a message of that kind count (and fail); others pass."""

    def __init__(self, inner, failures: int, kind: str | None = None) -> None:
        self.inner = inner
        self.failures = failures
        self.kind = kind
        self.calls = 0

    async def send(self, messages: list[Message]) -> None:
        if self.kind is not None and not any(message.kind == self.kind for message in messages):
            await self.inner.send(messages)
            return
        self.calls += 1
        if self.calls <= self.failures:
            raise ConnectionError(f"mail relay unavailable (call {self.calls})")
        await self.inner.send(messages)

"""Out-of-band messages to people (email now; SMS and push plug in behind the same port)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class Message:
    user_id: str
    kind: str  # "match", "application", "account"
    subject: str
    text: str
    html: str | None = None
    data: dict = field(default_factory=dict)
    # The same dedupe key is only ever sent once: retried work never mails twice.
    dedupe_key: str | None = None


class Notifier(Protocol):
    async def send(self, messages: list[Message]) -> None: ...

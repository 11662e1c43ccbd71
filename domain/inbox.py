"""The in-app inbox: every match and application message a person is sent, kept once (by its
dedupe key) whatever channels they chose, to be listed with what is still unread. Account
messages are not kept: they carry one-time links and codes, which live no longer than their
delivery (adapters/embedded/sqlite/outbox.py drops them after)."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from domain.ports.notifications import Message

# The kinds whose bodies hold secrets (verification and reset links, phone codes, invitations).
SECRET_BEARING_KINDS = frozenset({"account"})
# The kinds the inbox keeps (the GraphQL NotificationKind): a kind added later stays out until
# someone decides it belongs, rather than reaching clients that cannot name it.
INBOX_KINDS = frozenset({"match", "application"})
# A person's inbox keeps this many notifications unless configured otherwise; older ones go.
DEFAULT_INBOX_LIMIT = 500
# What links a notification carries to the things it is about (the GraphQL layer shows them as IDs).
LINK_KEYS = ("matchId", "jobId", "applicationId")


def kept_in_inbox(message: Message) -> bool:
    return message.kind in INBOX_KINDS and message.kind not in SECRET_BEARING_KINDS


def notification_id(created_at: datetime) -> str:
    """Ids sort as their creation times (microseconds, UTC) with a random tail, so "newest first"
    is "highest id first" on every backend, and an id alone finds its notification."""
    return created_at.astimezone(UTC).strftime("%Y%m%d%H%M%S%f") + uuid.uuid4().hex[:12]


@dataclass(frozen=True)
class Notification:
    id: str
    user_id: str
    kind: str  # "match" or "application"
    subject: str
    text: str
    created_at: datetime
    data: dict[str, str | int | None] = field(default_factory=dict)
    dedupe_key: str | None = None
    read_at: datetime | None = None
    # Kept for the person as a recruiter of this organization (Message.organization_id).
    organization_id: str | None = None

    @classmethod
    def of(cls, message: Message, created_at: datetime) -> Notification:
        return cls(
            id=notification_id(created_at), user_id=message.user_id, kind=message.kind, subject=message.subject,
            text=message.text, created_at=created_at, data=dict(message.data), dedupe_key=message.dedupe_key,
            organization_id=message.organization_id,
        )

    def link(self, name: str) -> str | None:
        value = self.data.get(name)
        return str(value) if value not in (None, "") else None

"""A person's in-app notifications (domain/inbox.py)."""
from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from domain.inbox import Notification
from resolvers.ids import to_global_id

NOTIFICATION_TYPE = "Notification"


@strawberry.enum(name="NotificationKind", description="What a notification is about.")
class NotificationKind(Enum):
    MATCH = "match"
    APPLICATION = "application"


def _link(note: Notification, name: str, type_name: str) -> strawberry.ID | None:
    value = note.link(name)
    return strawberry.ID(to_global_id(type_name, value)) if value else None


def _count(note: Notification, name: str) -> int | None:
    value = note.data.get(name)
    return value if isinstance(value, int) else None


@strawberry.type(name="Notification", description="A match or application message, as kept in the inbox.")
class NotificationType:
    id: strawberry.ID
    kind: NotificationKind
    subject: str
    text: str
    match_id: strawberry.ID | None = strawberry.field(description="The match it is about, if any.")
    job_id: strawberry.ID | None = strawberry.field(description="The job it is about, if any.")
    application_id: strawberry.ID | None = strawberry.field(description="The application it is about, if any.")
    new_candidates: int | None = strawberry.field(
        description="A \"New candidates for\" notice: how many new candidates its matching pass found for the job"
                    " at or above your notifyMinScore (they are the job's matches); null on others.")
    created_at: datetime
    read_at: datetime | None = strawberry.field(description="When it was marked read; null while unread.")

    @classmethod
    def from_domain(cls, note: Notification) -> NotificationType:
        return cls(
            id=strawberry.ID(to_global_id(NOTIFICATION_TYPE, note.id)), kind=NotificationKind(note.kind),
            subject=note.subject, text=note.text, match_id=_link(note, "matchId", "Match"),
            job_id=_link(note, "jobId", "Job"), application_id=_link(note, "applicationId", "Application"),
            new_candidates=_count(note, "newCandidates"), created_at=note.created_at, read_at=note.read_at,
        )

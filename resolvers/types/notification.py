"""A person's in-app notifications (domain/inbox.py)."""
from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from domain.candidate_names import (
    UNNAMED,
    CandidateAsShown,
    candidate_of,
    names_its_candidate,
    naming,
)
from domain.inbox import Notification
from resolvers.context import Info
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


async def _candidate_as_shown(note: Notification, info: Info) -> CandidateAsShown:
    """Who a team's notice is about, read now through the request's loaders (one batch per
    store for a whole page of notices): named while the candidate has an account, else gone."""
    application_id = names_its_candidate(note.kind, note.data)
    viewer = info.context.viewer
    if application_id is None or viewer is None or viewer.organization_id != note.organization_id:
        return UNNAMED  # an entry kept a moment past its reader's leaving the team names nobody
    loaders = info.context.loaders
    return await candidate_of(await loaders.application_by_id.load(application_id),
                              loaders.user_by_id.load, loaders.resume_by_id.load)


async def _subject_as_read(root: NotificationType, info: Info) -> str:
    return naming(root.note.subject, await _candidate_as_shown(root.note, info))


async def _text_as_read(root: NotificationType, info: Info) -> str:
    return naming(root.note.text, await _candidate_as_shown(root.note, info))


@strawberry.type(name="Notification", description="A match or application message, as kept in the inbox.")
class NotificationType:
    note: strawberry.Private[Notification]
    id: strawberry.ID
    kind: NotificationKind
    # A team's notice of an application names its candidate as read now (domain/candidate_names.py).
    subject: str = strawberry.field(resolver=_subject_as_read)
    text: str = strawberry.field(resolver=_text_as_read)
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
            note=note, id=strawberry.ID(to_global_id(NOTIFICATION_TYPE, note.id)), kind=NotificationKind(note.kind),
            match_id=_link(note, "matchId", "Match"),
            job_id=_link(note, "jobId", "Job"), application_id=_link(note, "applicationId", "Application"),
            new_candidates=_count(note, "newCandidates"), created_at=note.created_at, read_at=note.read_at,
        )

"""Domain events: facts that happened, published on the event bus after they are stored."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import ClassVar

from pydantic import BaseModel, Field


def _now() -> datetime:
    return datetime.now(UTC)


class DomainEvent(BaseModel):
    name: ClassVar[str] = "DomainEvent"
    occurred_at: datetime = Field(default_factory=_now)


class UserRegistered(DomainEvent):
    name: ClassVar[str] = "UserRegistered"
    user_id: str
    role: str


class PreferencesUpdated(DomainEvent):
    name: ClassVar[str] = "PreferencesUpdated"
    user_id: str


class JobPosted(DomainEvent):
    name: ClassVar[str] = "JobPosted"
    job_id: str
    organization_id: str


class JobUpdated(DomainEvent):
    name: ClassVar[str] = "JobUpdated"
    job_id: str
    organization_id: str


class JobClosed(DomainEvent):
    name: ClassVar[str] = "JobClosed"
    job_id: str
    organization_id: str
    # Set when an administrator took the posting down rather than its organization closing it.
    takedown_reason: str | None = None


class ResumeUploaded(DomainEvent):
    name: ClassVar[str] = "ResumeUploaded"
    resume_id: str
    owner_id: str


class ResumeProcessed(DomainEvent):
    """A resume reached PARSED or FAILED."""

    name: ClassVar[str] = "ResumeProcessed"
    resume_id: str
    owner_id: str
    status: str
    failure_reason: str | None = None


class ResumeParsed(DomainEvent):
    name: ClassVar[str] = "ResumeParsed"
    resume_id: str
    owner_id: str


class ResumeDeleted(DomainEvent):
    name: ClassVar[str] = "ResumeDeleted"
    resume_id: str
    owner_id: str


class MatchFound(DomainEvent):
    name: ClassVar[str] = "MatchFound"
    match_id: str
    candidate_id: str
    job_id: str
    organization_id: str
    score: float


class ApplicationUpdated(DomainEvent):
    name: ClassVar[str] = "ApplicationUpdated"
    application_id: str
    candidate_id: str | None
    organization_id: str
    status: str  # the status this change moved to
    # The change itself, as it was made (not the application's state when published).
    from_status: str | None = None
    version: int | None = None
    actor_id: str | None = None
    note: str | None = None
    changed_at: datetime | None = None
    # When the application was submitted: analytics measures time to hire from it.
    submitted_at: datetime | None = None
    # A notice that the job closed while the application was under way: it did not move
    # (status and from_status are where it stands), so it is news, not a pipeline step.
    job_closed: bool = False


class UserSuspended(DomainEvent):
    """Every token and session of the user stopped working; live streams must end too."""

    name: ClassVar[str] = "UserSuspended"
    user_id: str
    by_user_id: str


class SessionEnded(DomainEvent):
    """Sign-in sessions stopped working: one (`session_id`), or every one the user had (None:
    a password change, an erased account). Live connections on them must end too."""

    name: ClassVar[str] = "SessionEnded"
    user_id: str
    session_id: str | None = None
    reason: str


class LiveUpdatesMissed(DomainEvent):
    """This process may have missed events other processes published (it was paused longer
    than the shared event log waits for a reader, or rows aged out before it read them): every
    live connection and stream here must be checked again or told to fetch the current state.
    Raised by the process that noticed, for its own handlers only: never stored nor sent on."""

    name: ClassVar[str] = "LiveUpdatesMissed"
    missing: int  # rows gone before this process read them (of any name)


class UserReactivated(DomainEvent):
    name: ClassVar[str] = "UserReactivated"
    user_id: str
    by_user_id: str


class OperationPerformed(DomainEvent):
    """One audited operation (every mutation, every admin field): published once by the
    GraphQL layer, stored append-only by the analytics store."""

    name: ClassVar[str] = "OperationPerformed"
    # The audit record's id: a bus that delivers to every replica stores the record once.
    record_id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    operation: str
    outcome: str  # "OK" or the error code
    actor_id: str | None = None
    actor_role: str | None = None
    target_ids: list[str] = Field(default_factory=list)
    request_id: str | None = None
    client_ip: str | None = None


class NotificationReceived(DomainEvent):
    """A notification was kept in a person's inbox (domain/inbox.py)."""

    name: ClassVar[str] = "NotificationReceived"
    user_id: str
    notification_id: str

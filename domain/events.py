"""Domain events: facts that happened, published on the event bus after they are stored."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import ClassVar

from pydantic import BaseModel, Field


def _now() -> datetime:
    return datetime.now(timezone.utc)


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
    status: str

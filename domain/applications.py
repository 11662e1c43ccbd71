"""Applications and the hiring pipeline they move through."""
from __future__ import annotations

from datetime import datetime
from enum import Enum

from pydantic import BaseModel


class ApplicationStatus(str, Enum):
    SUBMITTED = "SUBMITTED"
    SCREENING = "SCREENING"
    INTERVIEW = "INTERVIEW"
    OFFER = "OFFER"
    HIRED = "HIRED"
    REJECTED = "REJECTED"
    WITHDRAWN = "WITHDRAWN"


TERMINAL = frozenset({ApplicationStatus.HIRED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN})

# The employer's forward path; REJECTED (employer) and WITHDRAWN (candidate) leave any
# non-terminal state.
_FORWARD = {
    ApplicationStatus.SUBMITTED: ApplicationStatus.SCREENING,
    ApplicationStatus.SCREENING: ApplicationStatus.INTERVIEW,
    ApplicationStatus.INTERVIEW: ApplicationStatus.OFFER,
    ApplicationStatus.OFFER: ApplicationStatus.HIRED,
}


def employer_moves(status: ApplicationStatus) -> list[ApplicationStatus]:
    if status in TERMINAL:
        return []
    return [_FORWARD[status], ApplicationStatus.REJECTED]


def candidate_moves(status: ApplicationStatus) -> list[ApplicationStatus]:
    return [] if status in TERMINAL else [ApplicationStatus.WITHDRAWN]


class ApplicationEvent(BaseModel):
    status: ApplicationStatus
    at: datetime
    by_user_id: str | None = None
    note: str | None = None


class Application(BaseModel):
    id: str
    job_id: str
    candidate_id: str | None  # None once the candidate erased their account
    resume_id: str | None
    cover_letter: str | None = None
    status: ApplicationStatus = ApplicationStatus.SUBMITTED
    version: int = 1
    created_at: datetime
    updated_at: datetime
    candidate_anonymised: bool = False

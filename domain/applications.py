"""Applications and the hiring pipeline they move through."""
from __future__ import annotations

from dataclasses import dataclass
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


# Who an application is from, to its organization, once its candidate erased their account.
FORMER_CANDIDATE_NAME = "Former candidate"

TERMINAL = frozenset({ApplicationStatus.HIRED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN})

# The employer's forward path; REJECTED (employer) and WITHDRAWN (candidate) leave any
# non-terminal state.
_FORWARD = {
    ApplicationStatus.SUBMITTED: ApplicationStatus.SCREENING,
    ApplicationStatus.SCREENING: ApplicationStatus.INTERVIEW,
    ApplicationStatus.INTERVIEW: ApplicationStatus.OFFER,
    ApplicationStatus.OFFER: ApplicationStatus.HIRED,
}


# The statuses each side moves applications into; SUBMITTED is no move's target.
EMPLOYER_TARGETS = frozenset({*_FORWARD.values(), ApplicationStatus.REJECTED})
CANDIDATE_TARGETS = frozenset({ApplicationStatus.WITHDRAWN})


# The one move left once the candidate erased their account: out of the pipeline.
AFTER_ERASURE = frozenset({ApplicationStatus.REJECTED})


def employer_moves(status: ApplicationStatus) -> list[ApplicationStatus]:
    if status in TERMINAL:
        return []
    return [_FORWARD[status], ApplicationStatus.REJECTED]


def candidate_moves(status: ApplicationStatus) -> list[ApplicationStatus]:
    return [] if status in TERMINAL else [ApplicationStatus.WITHDRAWN]


# A candidate who withdrew may apply again while the job is open: the same application goes
# back to the start of the pipeline, its history kept. A rejection or a hire is the hiring
# team's decision, which applying again must not undo.
REOPENABLE = frozenset({ApplicationStatus.WITHDRAWN})


class ApplicationEvent(BaseModel):
    status: ApplicationStatus
    at: datetime
    by_user_id: str | None = None
    note: str | None = None
    # What a submission (the first, or one again after a withdrawal) was sent with, so an
    # application reopened with another résumé or letter keeps the earlier ones in its history.
    # None on other moves, on submissions stored before these were kept, and once erased.
    resume_id: str | None = None
    cover_letter: str | None = None


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
    # The highest version whose change was processed (snapshot, notifications, event).
    processed_version: int = 0


@dataclass(frozen=True)
class PipelineFilter:
    """Which of an organization's applications its pipeline lists: all, or one status, or one
    of its jobs, or both."""

    status: ApplicationStatus | None = None
    job_id: str | None = None


class ApplicationChange(BaseModel):
    """One move as it was made, kept with its work item: the event and the emails describe
    this change, never whatever state the application reached by the time they are sent."""

    application_id: str
    version: int
    from_status: ApplicationStatus | None  # None for the submission itself
    to_status: ApplicationStatus
    actor_id: str | None
    note: str | None = None
    at: datetime
    # For a submission (the first, or one sent again): whether its candidate's address was
    # proven as they sent it. Their receipt is mailed only then (application_processing.py);
    # None where not recorded (a change read back from the history, an item queued before).
    submitter_address_proven: bool | None = None


def changes_in(application_id: str, history: list[ApplicationEvent]) -> list[ApplicationChange]:
    """The changes an application's history records, version 1 (the submission) first."""
    changes: list[ApplicationChange] = []
    previous: ApplicationStatus | None = None
    for version, event in enumerate(history, start=1):
        changes.append(ApplicationChange(
            application_id=application_id, version=version, from_status=previous, to_status=event.status,
            actor_id=event.by_user_id, note=event.note, at=event.at,
        ))
        previous = event.status
    return changes


def is_reopening(change: ApplicationChange) -> bool:
    """Whether the change is a withdrawn application sent again by its candidate."""
    return change.from_status in REOPENABLE and change.to_status is ApplicationStatus.SUBMITTED

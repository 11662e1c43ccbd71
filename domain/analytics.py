"""What the analytics store keeps (audit records, analytics facts) and the figures admins read."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from pydantic import BaseModel, Field

from domain.errors import BadUserInput

OK = "OK"


def utc(moment: datetime | None) -> datetime | None:
    """Times without a zone are taken as UTC, so that they compare with the clock's."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


class AuditRecord(BaseModel):
    """One operation someone performed. Append-only: never updated or deleted."""

    id: str
    at: datetime
    operation: str
    outcome: str  # OK or the error code
    actor_id: str | None = None
    actor_role: str | None = None
    target_ids: list[str] = Field(default_factory=list)
    request_id: str | None = None
    client_ip: str | None = None


class Fact(BaseModel):
    """One analytics fact taken from a domain event: `kind` is the event's name, `subject_id`
    the thing it is about; `category`, `score` and `started_at` carry what the figures need
    (a role, status or failure reason; a match score; when an application was submitted)."""

    kind: str
    at: datetime
    subject_id: str
    # Deterministic for a given event (see fact_of), so one delivered to several replicas is kept once.
    id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    category: str | None = None
    score: float | None = None
    started_at: datetime | None = None


@dataclass(frozen=True)
class TimeWindow:
    """[since, until): since None means from the beginning."""

    until: datetime
    since: datetime | None = None

    def __post_init__(self) -> None:
        if self.since is not None and self.since >= self.until:
            # `until` is often left out (now): the message names both, so a `since` in the
            # future is seen to be the problem.
            raise BadUserInput(
                f"`since` ({_iso(self.since)}) must be before `until` ({_iso(self.until)}; now when left out):"
                " ask for a window that has begun.", argument="since",
            )


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class AuditFilter:
    actor_id: str | None = None
    operation: str | None = None
    outcome: str | None = None
    since: datetime | None = None
    until: datetime | None = None

    def in_utc(self) -> AuditFilter:
        return replace(self, since=utc(self.since), until=utc(self.until))


@dataclass(frozen=True)
class AuditPosition:
    """Where a page of the audit log (newest first) ends: later pages start after it, so
    records appended meanwhile never shift them."""

    at: datetime
    id: str


@dataclass(frozen=True)
class AuditPage:
    items: list[AuditRecord]
    total: int
    has_next: bool
    total_is_estimate: bool = False


@dataclass(frozen=True)
class Count:
    key: str
    count: int


@dataclass(frozen=True)
class JobCounts:
    posted: int
    closed: int
    taken_down: int
    open_at_end: int


@dataclass(frozen=True)
class FunnelStage:
    stage: str
    reached: int
    # reached / reached at the stage before; None for the first stage or when none reached it.
    conversion_from_previous: float | None


@dataclass(frozen=True)
class ScoreBucket:
    lower: float
    upper: float
    count: int


@dataclass(frozen=True)
class HireTimes:
    hires: int
    median_seconds: float | None


class Kind:
    """The kinds of facts kept, named after the events they come from."""

    USER_REGISTERED = "UserRegistered"
    JOB_POSTED = "JobPosted"
    JOB_CLOSED = "JobClosed"
    APPLICATION = "ApplicationUpdated"
    MATCH = "MatchFound"
    RESUME_FAILED = "ResumeFailed"


# The category of a JobClosed fact when an administrator took the posting down.
TAKEN_DOWN = "TAKEN_DOWN"
CLOSED = "CLOSED"

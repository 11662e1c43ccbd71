"""Platform figures and the audit trail: facts are recorded from the event bus (never by the
code that changed something), figures are read back as aggregations in the store."""
from __future__ import annotations

import asyncio
import hashlib
import re
from collections.abc import Sequence
from datetime import datetime

from pydantic import TypeAdapter

from domain.analytics import (
    CLOSED,
    TAKEN_DOWN,
    AuditFilter,
    AuditPage,
    AuditPosition,
    AuditRecord,
    Count,
    Fact,
    FunnelStage,
    HireTimes,
    JobCounts,
    Kind,
    ScoreBucket,
    TimeWindow,
    utc,
)
from domain.applications import ApplicationStatus
from domain.clock import Clock
from domain.errors import BadUserInput
from domain.events import (
    ApplicationUpdated,
    DomainEvent,
    JobClosed,
    JobPosted,
    MatchFound,
    OperationPerformed,
    ResumeProcessed,
    UserRegistered,
)
from domain.ports.analytics import AnalyticsStore
from domain.ports.events import DeliversInBatches, EventBus, Unsubscribe
from domain.resumes import ResumeStatus

PIPELINE = [
    ApplicationStatus.SUBMITTED,
    ApplicationStatus.SCREENING,
    ApplicationStatus.INTERVIEW,
    ApplicationStatus.OFFER,
    ApplicationStatus.HIRED,
]
SCORE_BUCKETS = 10
MAX_AUDIT_PAGE = 100
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_FACTS = TypeAdapter(list[Fact])


def failure_category(reason: str | None) -> str:
    """Groups failure reasons that differ only in their figures or in the advice after the
    first colon or semicolon ("the PDF has 61 pages, ..." and "the PDF has 80 pages, ...")."""
    if not reason or not reason.strip():
        return "unknown"
    head = re.split(r"[:;]", reason.strip(), maxsplit=1)[0].strip()
    return _NUMBER.sub("N", head)[:200] or "unknown"


def _digest(event: DomainEvent) -> str:
    """A fact's id: the same for the same event, so one delivered to several replicas is kept
    once. Given when the fact is built (a default id would be drawn from the system's random
    source for every fact, then thrown away). The JSON's bytes as pydantic writes them (the
    text model_dump_json gives, without decoding and encoding it again)."""
    serialized = type(event).__pydantic_serializer__.to_json(event)
    return hashlib.sha256(event.name.encode() + b":" + serialized).hexdigest()[:32]


def facts_of(events: Sequence[DomainEvent]) -> list[Fact]:
    """fact_of of each event that makes one, in order. Matching announces ~100 MatchFound at
    once: their facts are validated in one call (the same Facts, in ~0.6x the time)."""
    facts: list[Fact | None] = []
    found: list[dict[str, object]] = []
    at: list[int] = []
    for event in events:
        if type(event) is MatchFound:
            at.append(len(facts))
            facts.append(None)
            found.append({"id": _digest(event), "kind": Kind.MATCH, "at": event.occurred_at,
                          "subject_id": event.match_id, "score": event.score})
        else:
            facts.append(fact_of(event))
    for place, fact in zip(at, _FACTS.validate_python(found), strict=True):
        facts[place] = fact
    return [fact for fact in facts if fact is not None]


def fact_of(event: DomainEvent) -> Fact | None:
    """The analytics fact an event makes, if the figures need it."""
    at = event.occurred_at
    if isinstance(event, UserRegistered):
        return Fact(id=_digest(event), kind=Kind.USER_REGISTERED, at=at, subject_id=event.user_id, category=event.role)
    if isinstance(event, JobPosted):
        return Fact(id=_digest(event), kind=Kind.JOB_POSTED, at=at, subject_id=event.job_id)
    if isinstance(event, JobClosed):
        category = TAKEN_DOWN if event.takedown_reason else CLOSED
        return Fact(id=_digest(event), kind=Kind.JOB_CLOSED, at=at, subject_id=event.job_id, category=category)
    if isinstance(event, ApplicationUpdated) and not event.job_closed:
        return Fact(
            id=_digest(event), kind=Kind.APPLICATION, at=at, subject_id=event.application_id, category=event.status,
            started_at=event.submitted_at,
        )
    if isinstance(event, MatchFound):
        return Fact(id=_digest(event), kind=Kind.MATCH, at=at, subject_id=event.match_id, score=event.score)
    if isinstance(event, ResumeProcessed) and event.status == ResumeStatus.FAILED.value:
        return Fact(
            id=_digest(event), kind=Kind.RESUME_FAILED, at=at, subject_id=event.resume_id,
            category=failure_category(event.failure_reason),
        )
    return None


def audit_record_of(event: OperationPerformed) -> AuditRecord:
    return AuditRecord(
        id=event.record_id, at=event.occurred_at, operation=event.operation, outcome=event.outcome,
        actor_id=event.actor_id, actor_role=event.actor_role, target_ids=event.target_ids,
        request_id=event.request_id, client_ip=event.client_ip,
    )


class AnalyticsRecorder:
    """Listens to every event on the bus and keeps what audit and figures need.

    Facts that arrive while one write runs go in the next write together (matching announces
    up to a hundred matches at once): one transaction for them all, not one each. Each
    handler still returns only once its fact is stored, or with the write's error."""

    def __init__(self, store: AnalyticsStore, max_batch: int = 500) -> None:
        self._store = store
        self._max_batch = max_batch
        # Each handler's facts, and what it waits on: one future per handler, not per fact
        # (a publication of a job's matches hands over a hundred facts at once).
        self._waiting: list[tuple[list[Fact], asyncio.Future[None]]] = []
        self._writing: asyncio.Task[None] | None = None

    def attach(self, events: EventBus) -> Unsubscribe:
        # A bus that can hands over a publication's events at once: no task per event.
        if isinstance(events, DeliversInBatches):
            return events.subscribe_batches("*", self.handle_many)
        return events.subscribe("*", self.handle)

    async def handle(self, event: DomainEvent) -> None:
        await self.handle_many([event])

    async def handle_many(self, events: Sequence[DomainEvent]) -> None:
        """As handle() for each, in order; returns once every one's record is stored."""
        audits: list[OperationPerformed] = []
        others: list[DomainEvent] = []
        for event in events:  # a MatchFound (most events here) skips the slower isinstance
            if type(event) is not MatchFound and isinstance(event, OperationPerformed):
                audits.append(event)
            else:
                others.append(event)
        facts = facts_of(others)
        stored: asyncio.Future[None] | None = None
        if facts:
            stored = asyncio.get_running_loop().create_future()
            self._waiting.append((facts, stored))
            if self._writing is None or self._writing.done():
                self._writing = asyncio.create_task(self._write())
        # The facts are queued first: a failing audit write leaves them to be written.
        try:
            for event in audits:
                await self._store.record_audit(audit_record_of(event))
        finally:
            if stored is not None:
                await stored

    async def _write(self) -> None:
        while self._waiting:
            # Whole handlers' facts, up to max_batch a write (a handler's own facts past it go
            # in writes of max_batch each, every one tried; it hears of the first that failed).
            taken, count = 0, 0
            while taken < len(self._waiting) and (not taken or count + len(self._waiting[taken][0]) <= self._max_batch):
                count += len(self._waiting[taken][0])
                taken += 1
            batch, self._waiting = self._waiting[:taken], self._waiting[taken:]
            facts = [fact for handled, _ in batch for fact in handled]
            failed: Exception | None = None
            for start in range(0, len(facts), self._max_batch):
                try:
                    await self._store.record_facts(facts[start:start + self._max_batch])
                except Exception as error:
                    failed = failed or error
                except BaseException:  # cancelled: every handler of this write hears of it
                    for _, stored in batch:
                        if not stored.done():
                            stored.cancel()
                    raise
            for _, stored in batch:  # every handler of this write hears of its failure
                if not stored.done():
                    stored.set_exception(failed) if failed is not None else stored.set_result(None)


class AnalyticsService:
    def __init__(self, store: AnalyticsStore, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def window(self, since: datetime | None, until: datetime | None) -> TimeWindow:
        """[since, until); until defaults to now, since to the beginning."""
        return TimeWindow(until=utc(until) or self._clock.now(), since=utc(since))

    async def users_by_role(self, window: TimeWindow) -> list[Count]:
        return await self._store.subjects_by_category(Kind.USER_REGISTERED, window)

    async def failed_resumes_by_reason(self, window: TimeWindow) -> list[Count]:
        return await self._store.subjects_by_category(Kind.RESUME_FAILED, window)

    async def job_counts(self, window: TimeWindow) -> JobCounts:
        return await self._store.job_counts(window)

    async def applications_by_status(self, window: TimeWindow) -> list[Count]:
        return await self._store.applications_by_status(window)

    async def funnel(self, window: TimeWindow) -> list[FunnelStage]:
        reached = await self._store.stage_reach(window, [s.value for s in PIPELINE])
        stages: list[FunnelStage] = []
        for index, (stage, count) in enumerate(zip(PIPELINE, reached)):
            before = reached[index - 1] if index else 0
            rate = round(count / before, 4) if index and before else None
            stages.append(FunnelStage(stage=stage.value, reached=count, conversion_from_previous=rate))
        return stages

    async def hire_times(self, window: TimeWindow) -> HireTimes:
        return await self._store.hire_times(window, ApplicationStatus.HIRED.value)

    async def match_score_histogram(self, window: TimeWindow) -> list[ScoreBucket]:
        counts = await self._store.score_histogram(Kind.MATCH, window, SCORE_BUCKETS)
        width = 1.0 / SCORE_BUCKETS
        return [
            ScoreBucket(lower=round(i * width, 4), upper=round((i + 1) * width, 4), count=count)
            for i, count in enumerate(counts)
        ]

    async def audit_log(
        self, audit_filter: AuditFilter, first: int, after: AuditPosition | None, want_total: bool = True
    ) -> AuditPage:
        if not 0 <= first <= MAX_AUDIT_PAGE:
            raise BadUserInput(f"`first` must be between 0 and {MAX_AUDIT_PAGE}.", argument="first")
        audit_filter = audit_filter.in_utc()
        if audit_filter.since and audit_filter.until and audit_filter.since >= audit_filter.until:
            raise BadUserInput("`filter.since` must be before `filter.until`.", argument="filter")
        return await self._store.audit_log(audit_filter, first, after, want_total)

    async def recorded_operations(self) -> frozenset[str]:
        """The operation names the stored audit records have (see AnalyticsStore)."""
        return await self._store.recorded_operations()

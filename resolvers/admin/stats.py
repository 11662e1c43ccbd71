"""Platform figures over a time window. Each figure is its own aggregation in the analytics
store, run only when the query selects it."""
from __future__ import annotations

from datetime import datetime

import strawberry

from domain.analytics import TimeWindow
from domain.applications import ApplicationStatus as DomainApplicationStatus
from domain.users import Role as DomainRole
from resolvers.context import Info
from resolvers.types.enums import ApplicationStatus, Role
from resolvers.types.job import ApplicationStatusCount


@strawberry.type
class RoleCount:
    role: Role
    count: int


@strawberry.type
class JobStats:
    posted: int = strawberry.field(description="Jobs posted in the window.")
    closed: int = strawberry.field(description="Jobs closed in the window (by their organization or taken down).")
    taken_down: int = strawberry.field(description="Of those closed, how many administrators took down.")
    open_at_end: int = strawberry.field(description="Jobs open at the end of the window.")


@strawberry.type
class FunnelStage:
    stage: ApplicationStatus
    reached: int = strawberry.field(description="Applications submitted in the window that reached this stage.")
    conversion_from_previous: float | None = strawberry.field(
        description="reached / reached at the stage before (0..1); null for the first stage or an empty one before."
    )


@strawberry.type
class TimeToHire:
    hires: int = strawberry.field(description="Applications hired in the window.")
    median_seconds: float | None
    median_hours: float | None


@strawberry.type
class ScoreBucket:
    lower: float = strawberry.field(description="Inclusive.")
    upper: float = strawberry.field(description="Exclusive, except 1.0 for the last bucket.")
    count: int


@strawberry.type
class ReasonCount:
    reason: str
    count: int


@strawberry.type(name="PlatformStats", description="Figures over [since, until), aggregated in the analytics store.")
class PlatformStatsType:
    window: strawberry.Private[TimeWindow]
    since: datetime | None
    until: datetime

    @classmethod
    def of(cls, window: TimeWindow) -> PlatformStatsType:
        return cls(window=window, since=window.since, until=window.until)

    @strawberry.field(description="People who registered in the window, by role.")
    async def users_by_role(self, info: Info) -> list[RoleCount]:
        counts = await info.context.services.analytics.users_by_role(self.window)
        known = {role.value for role in DomainRole}
        return [RoleCount(role=DomainRole(c.key), count=c.count) for c in counts if c.key in known]

    @strawberry.field
    async def jobs(self, info: Info) -> JobStats:
        counts = await info.context.services.analytics.job_counts(self.window)
        return JobStats(
            posted=counts.posted, closed=counts.closed, taken_down=counts.taken_down, open_at_end=counts.open_at_end
        )

    @strawberry.field(description="Applications submitted in the window, by their latest status.")
    async def applications_by_status(self, info: Info) -> list[ApplicationStatusCount]:
        counts = await info.context.services.analytics.applications_by_status(self.window)
        known = {status.value for status in DomainApplicationStatus}
        return [
            ApplicationStatusCount(status=DomainApplicationStatus(c.key), count=c.count)
            for c in counts if c.key in known
        ]

    @strawberry.field(description="The hiring pipeline for applications submitted in the window.")
    async def funnel(self, info: Info) -> list[FunnelStage]:
        stages = await info.context.services.analytics.funnel(self.window)
        return [
            FunnelStage(
                stage=DomainApplicationStatus(s.stage), reached=s.reached,
                conversion_from_previous=s.conversion_from_previous,
            )
            for s in stages
        ]

    @strawberry.field(description="Time from submission to hire, for applications hired in the window.")
    async def time_to_hire(self, info: Info) -> TimeToHire:
        times = await info.context.services.analytics.hire_times(self.window)
        seconds = times.median_seconds
        return TimeToHire(
            hires=times.hires, median_seconds=seconds,
            median_hours=None if seconds is None else round(seconds / 3600, 3),
        )

    @strawberry.field(description="Matches found in the window, by their latest score, in ten buckets of 0.1.")
    async def match_score_histogram(self, info: Info) -> list[ScoreBucket]:
        buckets = await info.context.services.analytics.match_score_histogram(self.window)
        return [ScoreBucket(lower=b.lower, upper=b.upper, count=b.count) for b in buckets]

    @strawberry.field(description="Resumes that failed in the window, grouped by reason.")
    async def failed_resumes_by_reason(self, info: Info) -> list[ReasonCount]:
        counts = await info.context.services.analytics.failed_resumes_by_reason(self.window)
        return [ReasonCount(reason=c.key, count=c.count) for c in counts]

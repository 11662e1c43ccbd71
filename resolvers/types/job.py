from __future__ import annotations

from collections.abc import Awaitable
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, NamedTuple

import strawberry

from domain.errors import NotFound
from domain.jobs import Job
from domain.money import shown, whole_above, whole_below
from domain.score_floor import checked_score_floor
from domain.users import Organization
from resolvers.context import Info
from resolvers.cursors import owned_list, requested_page
from resolvers.ids import to_global_id
from resolvers.loaders.ready import NOT_READY, ready_value
from resolvers.permissions import IsOrganizationMember, MaySeeNotifyFloor, MaySeeTakedownReason
from resolvers.types.common import Connection, Node, connection_from_page
from resolvers.types.enums import ApplicationStatus, EmploymentType, JobStatus, RemotePolicy, SalaryPeriod, Seniority

# Imported here, not in the resolver: an import statement there ran for every job of a page.
from resolvers.types.organization import OrganizationType

if TYPE_CHECKING:
    from resolvers.types.application import ApplicationType
    from resolvers.types.match import MatchType


@strawberry.type(name="SalaryRange")
class SalaryRangeType:
    min: int | None = strawberry.field(
        description="`minAmount` in whole units, rounded down (12.60 reads 12), so that `min`..`max` holds the"
        " exact range.")
    max: int | None = strawberry.field(
        description="`maxAmount` in whole units, rounded up (12.60 reads 13), so that `min`..`max` holds the exact"
        " range.")
    currency: str
    min_amount: Decimal | None = strawberry.field(
        default=None, description="The lowest pay exactly, with as many decimals as the currency has (\"12.60\").")
    max_amount: Decimal | None = strawberry.field(
        default=None, description="The highest pay exactly, with as many decimals as the currency has.")
    period: SalaryPeriod = strawberry.field(
        default=SalaryPeriod.YEAR, description="What `min` and `max` pay for: a year unless the job says otherwise.")


@strawberry.type(name="ApplicationStatusCount")
class ApplicationStatusCount:
    status: ApplicationStatus
    count: int


@strawberry.type(name="Job")
class JobType(Node):
    job: strawberry.Private[Job]
    id: strawberry.ID
    title: str
    description: str
    location: str | None
    remote: RemotePolicy
    employment_type: EmploymentType
    seniority: Seniority | None
    salary: SalaryRangeType | None
    required_skills: list[str]
    nice_to_have_skills: list[str]
    status: JobStatus
    posted_at: datetime
    updated_at: datetime = strawberry.field(
        description="When the job last changed (posted, edited, closed or taken down).")
    closed_at: datetime | None = strawberry.field(
        default=None,
        description="When the job closed (its hiring team closed it, or an administrator took it down); null while"
        " it is open. Closing is final: a closed job is never reopened, so this never changes once set. Jobs"
        " closed before close times were kept show their last change.")
    closes_at: datetime | None = strawberry.field(
        default=None,
        description="When the job stops taking applications, as its hiring team set it; null: open until they close"
        " it. From this moment applying is refused (JOB_CLOSED) and neither search nor a candidate's matches offer the"
        " job; the job itself is closed shortly after (within a minute by default), `closedAt` then being this moment.")
    # Set when whoever built this job already holds its organization (a search page, an
    # organization's own jobs): the field then answers without asking the loader.
    organization_type: strawberry.Private[OrganizationType | None] = None

    @property
    def organization_id(self) -> str:
        return self.job.organization_id

    @classmethod
    def from_domain(cls, job: Job, organization: OrganizationType | None = None) -> JobType:
        salary = job.salary
        return cls(
            job=job,
            id=strawberry.ID(to_global_id("Job", job.id)),
            title=job.title,
            description=job.description,
            location=job.location,
            remote=job.remote,
            employment_type=job.employment_type,
            seniority=job.seniority,
            salary=SalaryRangeType(min=whole_below(salary.min), max=whole_above(salary.max), currency=salary.currency,
                                   min_amount=shown(salary.min, salary.currency),
                                   max_amount=shown(salary.max, salary.currency), period=salary.period)
            if salary else None,
            required_skills=job.required_skills,
            nice_to_have_skills=job.nice_to_have_skills,
            status=job.status,
            posted_at=job.posted_at,
            updated_at=job.updated_at,
            closed_at=job.closed_at,
            closes_at=job.closes_at,
            organization_type=organization,
        )

    @strawberry.field
    def organization(
        self, info: Info
    ) -> Annotated[OrganizationType, strawberry.lazy("resolvers.types.organization")]:
        # Not async: when the request already loaded it (searchJobs loads a page's organizations
        # up front) the answer is immediate; otherwise the loader's awaitable is returned.
        # Jobs of one organization share its one OrganizationType within a request.
        if self.organization_type is not None:
            return self.organization_type
        context = info.context
        loader = context.loaders.organization_by_id
        organization = ready_value(loader, self.job.organization_id)
        if organization is NOT_READY:
            # Strawberry awaits what a resolver returns; the annotation is the schema's type.
            return _organization_type(loader.load(self.job.organization_id))  # type: ignore[return-value]
        types = context.organization_types
        known = types.get(organization.id)
        if known is None or known.source is not organization:
            known = types[organization.id] = _Shared(organization, OrganizationType.from_domain(organization))
        return known.type

    @strawberry.field(
        description="Why an administrator took this job down (it is then CLOSED); null when no one did. The"
        " posting organization and admins only.",
        permission_classes=[MaySeeTakedownReason],
    )
    def takedown_reason(self) -> str | None:
        return self.job.takedown_reason

    @strawberry.field(
        description="The hiring team's floor for \"New candidates\" notices about this job: each member is told"
        " of new candidates at or above the higher of this and their own `notifyMinScore`; null when the team set"
        " none (each member's own). The posting organization and admins only.",
        permission_classes=[MaySeeNotifyFloor],
    )
    def notify_min_score(self) -> float | None:
        return self.job.notify_min_score

    @strawberry.field(
        description="Candidates matched to this job, best first. The posting organization and admins only.",
        permission_classes=[IsOrganizationMember],
    )
    async def matches(
        self, info: Info, first: int | None = 20, after: str | None = None, min_score: float | None = None
    ) -> Connection[Annotated[MatchType, strawberry.lazy("resolvers.types.match")]]:
        from resolvers.types.match import MatchType

        min_score = checked_score_floor(min_score, "minScore")
        list_name = owned_list("Job.matches", self.job.id)
        page = await info.context.loaders.matches_by_job.load(
            (self.job.id, min_score, requested_page(info, list_name, first, after))
        )
        return connection_from_page(page, MatchType.from_domain, list_name, after)

    @strawberry.field(
        description="The posting organization and admins only.", permission_classes=[IsOrganizationMember]
    )
    async def applications(
        self, info: Info, first: int | None = 20, after: str | None = None, status: ApplicationStatus | None = None
    ) -> Connection[Annotated[ApplicationType, strawberry.lazy("resolvers.types.application")]]:
        from resolvers.types.application import ApplicationType

        list_name = owned_list("Job.applications", self.job.id)
        page = await info.context.loaders.applications_by_job.load(
            (self.job.id, status, requested_page(info, list_name, first, after))
        )
        return connection_from_page(page, ApplicationType.from_domain, list_name, after)

    @strawberry.field(
        description="How many applications this job has in each status. The posting organization and admins only.",
        permission_classes=[IsOrganizationMember],
    )
    async def application_counts(self, info: Info) -> list[ApplicationStatusCount]:
        counts = await info.context.loaders.application_counts_by_job.load(self.job.id)
        return [ApplicationStatusCount(status=s, count=counts.get(s.value, 0)) for s in ApplicationStatus]


class _Shared(NamedTuple):
    source: Organization
    type: OrganizationType


async def _organization_type(loading: Awaitable[Organization | None]) -> OrganizationType:
    organization = await loading
    if organization is None:
        raise NotFound("The organization that posted this job no longer exists.")
    return OrganizationType.from_domain(organization)

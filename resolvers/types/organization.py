from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from domain.applications import PipelineFilter
from domain.errors import BadUserInput, NotFound
from domain.jobs import JobStatus as DomainJobStatus
from domain.users import Organization
from resolvers.context import Info
from resolvers.cursors import owned_list, requested_page
from resolvers.ids import raw_id, to_global_id
from resolvers.permissions import MaySeeMembers, MaySeePendingInvitations, MaySeePipeline
from resolvers.types.common import Connection, Node, connection_from_page
from resolvers.types.enums import ApplicationStatus, JobStatus

if TYPE_CHECKING:
    from resolvers.mutations.invitations import OrganizationInvitationType
    from resolvers.mutations.organization_members import OrganizationMemberType
    from resolvers.types.application import ApplicationType
    from resolvers.types.job_connection import JobConnection


@strawberry.type(name="Organization")
class OrganizationType(Node):
    organization_id: strawberry.Private[str]
    id: strawberry.ID
    name: str
    website: str | None
    verified: bool = strawberry.field(
        description="An administrator checked the organization is who its name says. Names are unique"
        " either way; a new organization is not verified."
    )
    closed_at: datetime | None = strawberry.field(
        default=None,
        description="When the organization closed, null while it is open. It closes when its last member deletes"
        " their account: it then has no members, its jobs are closed, nobody can join it (accepting an invitation"
        " to it is refused with reason ORGANIZATION_CLOSED), and another organization may register its name."
    )

    @classmethod
    def from_domain(cls, organization: Organization) -> OrganizationType:
        return cls(
            organization_id=organization.id,
            id=strawberry.ID(to_global_id("Organization", organization.id)),
            name=organization.name,
            website=organization.website,
            verified=organization.verified,
            closed_at=organization.closed_at,
        )

    @strawberry.field
    async def jobs(
        self, info: Info, first: int | None = 20, after: str | None = None, status: JobStatus | None = None
    ) -> Annotated[JobConnection, strawberry.lazy("resolvers.types.job_connection")]:
        from resolvers.types.job import JobType
        from resolvers.types.job_connection import job_connection

        list_name = owned_list("Organization.jobs", self.organization_id)
        page = await info.context.loaders.jobs_by_organization.load(
            (self.organization_id, DomainJobStatus(status.value) if status else None,
             requested_page(info, list_name, first, after))
        )
        return job_connection(page, lambda job: JobType.from_domain(job, self), list_name, after)

    @strawberry.field(
        description="The hiring team's pipeline: applications to all of its jobs, latest activity first, that is by"
        " the time of the application's last status move (its submission until it is moved), newest first, ties"
        " broken by application id, descending. Pages are keyset pages on that order: an application moved while"
        " you page goes to the front of the list (you will not see it twice), and no application that was not"
        " moved is skipped or repeated. `status` keeps one status; `jobId` keeps one of this organization's jobs."
        " Members of this organization and admins only.",
        permission_classes=[MaySeePipeline],
    )
    async def applications(
        self, info: Info, first: int | None = 20, after: str | None = None, status: ApplicationStatus | None = None,
        job_id: strawberry.ID | None = None,
    ) -> Connection[Annotated[ApplicationType, strawberry.lazy("resolvers.types.application")]]:
        from resolvers.types.application import ApplicationType

        only = PipelineFilter(status=status, job_id=await self._own_job(info, job_id))
        list_name = owned_list("Organization.applications", self.organization_id)
        page = await info.context.loaders.applications_by_organization.load(
            (self.organization_id, only, requested_page(info, list_name, first, after))
        )
        return connection_from_page(page, ApplicationType.from_domain, list_name, after)

    async def _own_job(self, info: Info, job_id: strawberry.ID | None) -> str | None:
        if job_id is None:
            return None
        job = await info.context.loaders.job_by_id.load(raw_id(job_id, "Job", "jobId"))
        if job is None:
            raise NotFound("No job has that `jobId`; pass the id of one of this organization's jobs.",
                           argument="jobId")
        if job.organization_id != self.organization_id:
            raise BadUserInput("`jobId` is a job of another organization; an organization's pipeline lists only"
                               " applications to its own jobs.", argument="jobId")
        return job.id

    @strawberry.field(
        description="Invitations not yet accepted, revoked or expired, oldest first: members and admins only.",
        permission_classes=[MaySeePendingInvitations],
    )
    async def pending_invitations(
        self, info: Info
    ) -> list[Annotated[OrganizationInvitationType, strawberry.lazy("resolvers.mutations.invitations")]]:
        from resolvers.mutations.invitations import pending_invitations

        return await pending_invitations(info, self.organization_id)

    @strawberry.field(
        description="Who recruits for the organization, longest-standing account first: members and admins only.",
        permission_classes=[MaySeeMembers],
    )
    async def members(
        self, info: Info
    ) -> list[Annotated[OrganizationMemberType, strawberry.lazy("resolvers.mutations.organization_members")]]:
        from resolvers.mutations.organization_members import organization_members

        return await organization_members(info, self.organization_id)

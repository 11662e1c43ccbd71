from __future__ import annotations

import strawberry

from resolvers.context import Info
from resolvers.ids import raw_id
from resolvers.inputs import JobInput, JobUpdateInput
from resolvers.permissions import HasVerifiedEmail, IsEmployer, IsOrganizationMember, signed_in
from resolvers.types.job import JobType


@strawberry.type
class JobMutations:
    @strawberry.mutation(permission_classes=[IsEmployer, HasVerifiedEmail])
    async def post_job(self, info: Info, input: JobInput) -> JobType:
        job = await info.context.services.jobs.post(signed_in(info), input.fields())
        return JobType.from_domain(job)

    # Rewriting an ad publishes its text as posting does; closing one publishes nothing.
    @strawberry.mutation(permission_classes=[IsOrganizationMember, HasVerifiedEmail])
    async def update_job(self, info: Info, id: strawberry.ID, input: JobUpdateInput) -> JobType:
        job = await info.context.services.jobs.update(signed_in(info), raw_id(id, "Job"), input.changes())
        return JobType.from_domain(job)

    @strawberry.mutation(permission_classes=[IsOrganizationMember])
    async def close_job(self, info: Info, id: strawberry.ID) -> JobType:
        job = await info.context.services.jobs.close(signed_in(info), raw_id(id, "Job"))
        return JobType.from_domain(job)

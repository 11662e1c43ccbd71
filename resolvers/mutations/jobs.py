from __future__ import annotations

from typing import Annotated

import strawberry

from resolvers.context import Info
from resolvers.ids import raw_id
from resolvers.inputs import JobInput, JobUpdateInput
from resolvers.permissions import HasVerifiedEmail, IsEmployer, IsOrganizationMember, signed_in
from resolvers.types.job import JobType


@strawberry.type
class JobMutations:
    @strawberry.mutation(permission_classes=[IsEmployer, HasVerifiedEmail])
    async def post_job(
        self, info: Info, input: JobInput,
        idempotency_key: Annotated[str | None, strawberry.argument(description=(
            "A key the client makes once per job it means to post (a UUID) and sends again with every"
            " retry of that post: a repeat (a double click, a retry after a timeout) returns the job the"
            " first stored instead of posting it twice (indexed for search and announced again, should the"
            " first have stopped before). Reused with a different input it is a CONFLICT"
            " (IDEMPOTENCY_KEY_REUSED); once the first post's job has been deleted, a CONFLICT"
            " (IDEMPOTENCY_KEY_JOB_GONE) that posts nothing: send a new key to post it again. Without it,"
            " every call posts a job."))] = None,
    ) -> JobType:
        job = await info.context.services.jobs.post(signed_in(info), input.fields(), idempotency_key)
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

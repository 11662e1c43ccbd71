"""Admin mutations: suspend and reactivate accounts, end a link to an identity provider's user,
take postings down, mark organizations verified, requeue dead work and dead match announcements."""
from __future__ import annotations

import strawberry

from resolvers.admin.types import AdminUserType, IdentityUnlinkType, JobTakedownType
from resolvers.context import Info
from resolvers.ids import plain_id, raw_id
from resolvers.permissions import IsAdmin, signed_in
from resolvers.types.organization import OrganizationType


@strawberry.type
class AdminMutations:
    @strawberry.mutation(
        description="Admins: suspend an account. Its tokens, sessions and live subscriptions stop at once.",
        permission_classes=[IsAdmin],
    )
    async def admin_suspend_user(self, info: Info, id: strawberry.ID, reason: str | None = None) -> AdminUserType:
        user = await info.context.services.admin.suspend(signed_in(info), raw_id(id, "User"), reason)
        return AdminUserType.from_domain(user)

    @strawberry.mutation(
        description="Admins: lift a suspension; the person signs in again.", permission_classes=[IsAdmin]
    )
    async def admin_reactivate_user(self, info: Info, id: strawberry.ID) -> AdminUserType:
        user = await info.context.services.admin.reactivate(signed_in(info), raw_id(id, "User"))
        return AdminUserType.from_domain(user)

    @strawberry.mutation(
        description="Admins: end the account's link to an identity provider's user (Cognito), to move the account"
        " to another one of its users: the next sign-in by the account's verified email address links again,"
        " whoever's user that is, if that sign-in was made after the unlink: tokens from an earlier sign-in (refreshed"
        " ones too) are refused. Change the address on the old user in the pool, so that its next sign-ins do not"
        " link it again.",
        permission_classes=[IsAdmin],
    )
    async def admin_unlink_identity(self, info: Info, id: strawberry.ID) -> IdentityUnlinkType:
        user, unlinked = await info.context.services.admin.unlink_identity(raw_id(id, "User"))
        return IdentityUnlinkType(user=AdminUserType.from_domain(user), unlinked_identity=unlinked)

    @strawberry.mutation(
        description="Admins: take a job posting down (it closes) with a reason its organization can act on.",
        permission_classes=[IsAdmin],
    )
    async def admin_take_down_job(self, info: Info, id: strawberry.ID, reason: str) -> JobTakedownType:
        job = await info.context.services.admin.take_down_job(raw_id(id, "Job"), reason)
        info.context.loaders.job_by_id.clear(job.id).prime(job.id, job)
        return JobTakedownType.from_domain(job)

    @strawberry.mutation(
        description="Admins: mark an organization verified (you checked it is who its name says) or, with"
        " `verified: false`, no longer verified. Its `verified` field shows it to everyone.",
        permission_classes=[IsAdmin],
    )
    async def admin_verify_organization(self, info: Info, id: strawberry.ID, verified: bool) -> OrganizationType:
        organization = await info.context.services.admin.verify_organization(raw_id(id, "Organization"), verified)
        info.context.loaders.organization_by_id.clear(organization.id).prime(organization.id, organization)
        return OrganizationType.from_domain(organization)

    @strawberry.mutation(
        description="Admins: put a dead letter back on the queue for another round of attempts.",
        permission_classes=[IsAdmin],
    )
    async def admin_requeue_dead_letter(self, info: Info, id: strawberry.ID) -> bool:
        await info.context.services.admin.requeue(plain_id(id, "a dead letter", "`adminDeadLetters { id }`"))
        return True

    @strawberry.mutation(
        description="Admins: put dead match announcements (those that failed every attempt; counted by the"
        " talentgraph_match_announcements_dead gauge, their ids logged) back for the relay, each with its"
        " attempts counted afresh. All of them, or those of `ids`; answers the ids put back (an id not dead"
        " is left out).",
        permission_classes=[IsAdmin],
    )
    async def admin_requeue_dead_match_announcements(
        self, info: Info, ids: list[strawberry.ID] | None = None
    ) -> list[strawberry.ID]:
        record_ids = None if ids is None else [str(i) for i in ids]
        requeued = await info.context.services.admin.requeue_dead_announcements(record_ids)
        return [strawberry.ID(i) for i in requeued]

"""Recruiters see who else recruits for their organization, remove a colleague who left the
company, or leave themselves (to join another organization by its invitation)."""
from __future__ import annotations

import strawberry

from domain.services.organization_members import OrganizationMemberService
from domain.users import User
from resolvers.context import Info
from resolvers.ids import raw_id, to_global_id
from resolvers.permissions import IsAuthenticated, ManagesRecruiters, signed_in
from resolvers.types.organization import OrganizationType
from resolvers.types.user import UserType


@strawberry.type(name="OrganizationMember", description="A recruiter of the organization.")
class OrganizationMemberType:
    id: strawberry.ID
    name: str
    email: str

    @classmethod
    def from_domain(cls, user: User) -> OrganizationMemberType:
        return cls(id=strawberry.ID(to_global_id("User", user.id)), name=user.name, email=user.email)


def _service(info: Info) -> OrganizationMemberService:
    return info.context.services.lifecycle.organization_members


@strawberry.type
class OrganizationMemberMutations:
    @strawberry.mutation(
        permission_classes=[ManagesRecruiters],
        description="Recruiters: take a colleague out of your organization (admins: out of any). They are signed out"
                    " everywhere and no longer see its jobs and applications; what they did stays. An"
                    " organization keeps at least one recruiter.",
    )
    async def remove_organization_member(self, info: Info, user_id: strawberry.ID) -> OrganizationType:
        organization_id = await _service(info).remove(signed_in(info), raw_id(user_id, "User", "userId"))
        organization = await info.context.loaders.organization_by_id.load(organization_id)
        if organization is None:  # organizations are never deleted; a guard for the type checker
            raise RuntimeError(f"organization {organization_id} vanished")
        return OrganizationType.from_domain(organization)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Recruiters: stop recruiting for your organization (to join another, accept its invitation"
                    " afterwards). You are signed out everywhere. The last recruiter cannot leave.",
    )
    async def leave_organization(self, info: Info) -> UserType:
        viewer = signed_in(info)
        await _service(info).leave(viewer)
        (left,) = await info.context.services.repositories.users.get_many([viewer.id])
        return UserType.from_domain(left or viewer)


async def organization_members(info: Info, organization_id: str) -> list[OrganizationMemberType]:
    return [OrganizationMemberType.from_domain(u) for u in await info.context.loaders.members_by_organization.load(
        organization_id)]

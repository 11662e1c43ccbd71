"""Recruiters see who else recruits for their organization and in which role, or leave
themselves (to join another organization by its invitation); its owners also remove a colleague
who left the company and make members owners or recruiters."""
from __future__ import annotations

import strawberry

from domain.services.organization_members import OrganizationMemberService
from domain.users import User
from resolvers.context import Info
from resolvers.ids import raw_id, to_global_id
from resolvers.permissions import ChangesRoles, IsAuthenticated, RemovesMembers, signed_in
from resolvers.types.enums import OrganizationRole
from resolvers.types.organization import OrganizationType
from resolvers.types.user import UserType


@strawberry.type(name="OrganizationMember", description="A recruiter of the organization.")
class OrganizationMemberType:
    id: strawberry.ID
    name: str
    email: str
    role: OrganizationRole = strawberry.field(
        description="OWNER (also removes members and changes roles) or RECRUITER.")

    @classmethod
    def from_domain(cls, user: User) -> OrganizationMemberType:
        return cls(id=strawberry.ID(to_global_id("User", user.id)), name=user.name, email=user.email,
                   role=user.role_in_organization or OrganizationRole.RECRUITER)


def _service(info: Info) -> OrganizationMemberService:
    return info.context.services.lifecycle.organization_members


@strawberry.type
class OrganizationMemberMutations:
    @strawberry.mutation(
        permission_classes=[RemovesMembers],
        description="Owners: take a colleague out of your organization (admins: out of any). They are signed out"
                    " everywhere and no longer see its jobs and applications; what they did stays. An"
                    " organization keeps at least one recruiter, and one owner.",
    )
    async def remove_organization_member(self, info: Info, user_id: strawberry.ID) -> OrganizationType:
        organization_id = await _service(info).remove(signed_in(info), raw_id(user_id, "User", "userId"))
        return await _organization(info, organization_id)

    @strawberry.mutation(
        permission_classes=[ChangesRoles],
        description="Owners: make a member of your organization an OWNER or a RECRUITER (admins: of any). The"
                    " last owner stays one: make another member an owner first.",
    )
    async def set_organization_member_role(
        self, info: Info, user_id: strawberry.ID, role: OrganizationRole
    ) -> OrganizationType:
        organization_id = await _service(info).set_role(signed_in(info), raw_id(user_id, "User", "userId"), role)
        return await _organization(info, organization_id)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Recruiters: stop recruiting for your organization (to join another, accept its invitation"
                    " afterwards). You are signed out everywhere. The last recruiter cannot leave, nor the last owner.",
    )
    async def leave_organization(self, info: Info) -> UserType:
        viewer = signed_in(info)
        await _service(info).leave(viewer)
        (left,) = await info.context.services.repositories.users.get_many([viewer.id])
        return UserType.from_domain(left or viewer)


async def _organization(info: Info, organization_id: str) -> OrganizationType:
    organization = await info.context.loaders.organization_by_id.load(organization_id)
    if organization is None:  # organizations are never deleted; a guard for the type checker
        raise RuntimeError(f"organization {organization_id} vanished")
    return OrganizationType.from_domain(organization)


async def organization_members(info: Info, organization_id: str) -> list[OrganizationMemberType]:
    return [OrganizationMemberType.from_domain(u) for u in await info.context.loaders.members_by_organization.load(
        organization_id)]

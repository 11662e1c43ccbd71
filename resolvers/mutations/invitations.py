"""Recruiters invite colleagues into their organization; the invitee accepts with the
secret from the email (signed in with the address it was sent to); recruiters revoke."""
from __future__ import annotations

from datetime import datetime

import strawberry

from domain.invitations import Invitation, InvitationStatus
from domain.services.invitations import InvitationService
from resolvers.context import Info
from resolvers.ids import MADE_ID, plain_id, to_global_id
from resolvers.permissions import HasVerifiedEmail, IsAuthenticated, IsEmployer, ManagesRecruiters, signed_in
from resolvers.types.user import UserType

strawberry.enum(InvitationStatus, name="InvitationStatus")  # registers the domain enum itself


@strawberry.type(name="OrganizationInvitation",
                 description="An invitation to recruit for an organization. Its secret is never shown again.")
class OrganizationInvitationType:
    id: strawberry.ID
    email: str
    organization_id: strawberry.ID
    status: InvitationStatus
    created_at: datetime
    expires_at: datetime

    @classmethod
    def from_domain(cls, invitation: Invitation, now: datetime) -> OrganizationInvitationType:
        return cls(
            id=strawberry.ID(invitation.id), email=invitation.email,
            organization_id=strawberry.ID(to_global_id("Organization", invitation.organization_id)),
            status=invitation.status(now), created_at=invitation.created_at, expires_at=invitation.expires_at,
        )


@strawberry.type
class IssuedInvitation:
    token: str = strawberry.field(
        description="The invitation's bare secret, to pass on by hand if the email does not arrive: the invitee gives"
        " it to `register` as `invitationToken` (a new account) or to `acceptInvitation` (an existing recruiter"
        " account). Works once, until expiresAt. The emailed link carries a longer token that also proves the"
        " mailbox: signing up through the emailed link makes the account with its address verified, while signing"
        " up with this token leaves emailVerified false until the invitee follows the verification link emailed to"
        " them, which posting jobs needs. Prefer the emailed link."
    )
    invitation: OrganizationInvitationType


def _service(info: Info) -> InvitationService:
    return info.context.services.lifecycle.invitations


def _shown(info: Info, invitation: Invitation) -> OrganizationInvitationType:
    return OrganizationInvitationType.from_domain(invitation, info.context.services.clock.now())


@strawberry.type
class InvitationMutations:
    @strawberry.mutation(
        permission_classes=[IsEmployer, ManagesRecruiters, HasVerifiedEmail],
        description="Recruiters: invite someone by email to recruit for your organization. Inviting an address"
        " again replaces its pending invitation (the earlier link stops working).",
    )
    async def invite_recruiter(self, info: Info, email: str) -> IssuedInvitation:
        invitation, token = await _service(info).invite(signed_in(info), email)
        return IssuedInvitation(token=token, invitation=_shown(info, invitation))

    @strawberry.mutation(
        # A verified address: whoever merely typed the invitee's address into a sign-up has not
        # proven it is theirs.
        permission_classes=[IsAuthenticated, HasVerifiedEmail],
        description="Join the inviting organization as a recruiter, signed in with the invited email address.",
    )
    async def accept_invitation(self, info: Info, token: str) -> UserType:
        viewer = signed_in(info)
        await _service(info).accept(viewer, token)
        (joined,) = await info.context.services.repositories.users.get_many([viewer.id])
        return UserType.from_domain(joined or viewer)

    @strawberry.mutation(
        permission_classes=[ManagesRecruiters], description="Recruiters: the invitation stops working at once."
    )
    async def revoke_invitation(self, info: Info, id: strawberry.ID) -> OrganizationInvitationType:
        return _shown(info, await _service(info).revoke(
            signed_in(info), plain_id(id, "an invitation", "`pendingInvitations { id }`", form=MADE_ID)))


async def pending_invitations(info: Info, organization_id: str) -> list[OrganizationInvitationType]:
    return [_shown(info, i) for i in await _service(info).pending(organization_id)]

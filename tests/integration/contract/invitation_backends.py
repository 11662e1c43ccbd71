"""The InvitationRepository on each backend, beside the other ports of a contract test, and an
invitation to store: what the invitation contracts share."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from domain.account_tokens import hash_secret
from domain.invitations import Invitation
from domain.users import Organization, Role, User
from tests.integration.contract.repository_backends import a_user, an_employer, at, new_id


async def with_invitations(ports, backend: str, database, aws_clients, aws_names):
    """`ports` (repositories or account ports) with `invitations` set on the same backend."""
    if backend == "embedded":
        from adapters.embedded.sqlite.invitations import SqliteInvitationRepository

        ports.invitations = SqliteInvitationRepository(database)
    else:
        from adapters.aws.dynamodb.access import DynamoTable
        from adapters.aws.dynamodb.invitations import DynamoInvitationRepository
        from adapters.aws.dynamodb.retry import RetryPolicy

        table = DynamoTable(await aws_clients.get("dynamodb"), aws_names["table"], RetryPolicy())
        ports.invitations = DynamoInvitationRepository(table)
    return ports


def an_invitation(organization_id: str, email: str, invited_by: str, minute: float = 0) -> Invitation:
    return Invitation(
        id=new_id(), organization_id=organization_id, email=email, invited_by=invited_by,
        token_hash=hash_secret(new_id()), created_at=at(minute), expires_at=at(minute) + timedelta(hours=1),
    )


@dataclass(frozen=True)
class NamedInvitations:
    """A recruiter named by four invitations of their organization: one they accepted, one they
    sent (still open), one to their address revoked, one to it still open."""
    owner: User
    organization: Organization
    recruiter: User
    accepted: Invitation
    sent_by_them: Invitation
    revoked_to_them: Invitation
    open_to_them: Invitation


async def a_recruiter_named_by_invitations(stores) -> NamedInvitations:
    owner, organization = await an_employer(stores)
    recruiter = a_user(Role.EMPLOYER, minute=1)
    await stores.users.add(recruiter)
    accepted = an_invitation(organization.id, recruiter.email, owner.id)
    await stores.invitations.add(accepted)
    assert await stores.invitations.accept(accepted.id, recruiter.id, at(5))
    named = NamedInvitations(owner, organization, recruiter, accepted,
                             sent_by_them=an_invitation(organization.id, "colleague@example.com", recruiter.id, minute=6),
                             revoked_to_them=an_invitation(organization.id, recruiter.email, owner.id, minute=7),
                             open_to_them=an_invitation(organization.id, recruiter.email, owner.id, minute=8))
    for invitation in (named.sent_by_them, named.revoked_to_them, named.open_to_them):
        await stores.invitations.add(invitation)
    assert await stores.invitations.revoke(named.revoked_to_them.id, at(9))
    return named

"""The InvitationRepository on each backend, beside the other ports of a contract test, and an
invitation to store: what the invitation contracts share."""
from __future__ import annotations

from datetime import timedelta

from domain.account_tokens import hash_secret
from domain.invitations import Invitation
from tests.integration.contract.repository_backends import at, new_id


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

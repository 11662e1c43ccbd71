"""The InvitationRepository contract on both backends: an accept is all or nothing and only
of an open, unexpired invitation; of two accepts at once exactly one applies; revoking ends
an open one; the open list drops accepted and revoked ones."""
from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from domain.account_tokens import hash_secret
from domain.invitations import Invitation, InvitationStatus
from domain.users import Role
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import a_user, an_employer, at, new_id, repositories_on


@pytest.fixture(params=BACKENDS)
async def stores(request, database, aws_clients, aws_names):
    repositories = await repositories_on(request.param, database, aws_clients, aws_names)
    if request.param == "embedded":
        from adapters.embedded.sqlite.invitations import SqliteInvitationRepository

        repositories.invitations = SqliteInvitationRepository(database)
    else:
        from adapters.aws.dynamodb.access import DynamoTable
        from adapters.aws.dynamodb.invitations import DynamoInvitationRepository
        from adapters.aws.dynamodb.retry import RetryPolicy

        table = DynamoTable(await aws_clients.get("dynamodb"), aws_names["table"], RetryPolicy())
        repositories.invitations = DynamoInvitationRepository(table)
    return repositories


async def _invited(stores, minute: float = 0):
    employer, organization = await an_employer(stores)
    invitee = a_user(Role.CANDIDATE)
    await stores.users.add(invitee)
    invitation = Invitation(
        id=new_id(), organization_id=organization.id, email=invitee.email, invited_by=employer.id,
        token_hash=hash_secret(new_id()), created_at=at(minute), expires_at=at(minute) + timedelta(hours=1),
    )
    await stores.invitations.add(invitation)
    return invitation, invitee, organization


async def test_two_accepts_at_once_apply_exactly_once_and_the_person_joins(stores):
    invitation, invitee, organization = await _invited(stores)
    outcomes = await asyncio.gather(*(stores.invitations.accept(invitation.id, invitee.id, at(5)) for _ in range(2)))
    assert sorted(outcomes) == [False, True]
    (joined,) = await stores.users.get_many([invitee.id])
    assert (joined.role, joined.organization_id) == (Role.EMPLOYER, organization.id)
    assert [m.id for m in (await stores.users.members_of([organization.id]))[0]].count(invitee.id) == 1
    (stored,) = await stores.invitations.get_many([invitation.id])
    assert stored.status(at(5)) is InvitationStatus.ACCEPTED and stored.accepted_by == invitee.id
    assert await stores.invitations.open_for(organization.id) == []
    assert await stores.invitations.find(invitation.token_hash) == stored


async def test_an_expired_or_revoked_invitation_is_not_accepted_and_nothing_changes(stores):
    expired, invitee, _ = await _invited(stores)
    assert not await stores.invitations.accept(expired.id, invitee.id, at(61))
    revoked, other, organization = await _invited(stores)
    assert await stores.invitations.open_for(organization.id) == [revoked]
    assert await stores.invitations.revoke(revoked.id, at(2))
    assert not await stores.invitations.revoke(revoked.id, at(3))
    assert not await stores.invitations.accept(revoked.id, other.id, at(4))
    assert await stores.invitations.open_for(organization.id) == []
    for person in (invitee, other):
        (unchanged,) = await stores.users.get_many([person.id])
        assert (unchanged.role, unchanged.organization_id) == (Role.CANDIDATE, None)


async def test_a_person_already_in_an_organization_does_not_join_another(stores):
    invitation, _, _ = await _invited(stores)
    employer, _ = await an_employer(stores, "Other")
    assert not await stores.invitations.accept(invitation.id, employer.id, at(5))
    (stored,) = await stores.invitations.get_many([invitation.id])
    assert stored.status(at(5)) is InvitationStatus.PENDING  # the refused accept left no trace

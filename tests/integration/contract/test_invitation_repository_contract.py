"""The InvitationRepository contract on both backends: an accept is all or nothing and only
of an open, unexpired invitation, by an employer of no organization (never a candidate); a
sign-up with one adds the account and uses it up in one step; of two accepts (or sign-ups)
at once exactly one applies, and of an accept racing a revoke one; an acceptance revokes the
other open invitations of the address to that organization; the open list drops accepted
and revoked ones."""
from __future__ import annotations

import asyncio

import pytest

from domain.errors import Conflict
from domain.invitations import Invitation, InvitationStatus
from domain.users import Role
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.invitation_backends import an_invitation, with_invitations
from tests.integration.contract.repository_backends import a_user, an_employer, at, new_id, repositories_on


@pytest.fixture(params=BACKENDS)
async def stores(request, database, aws_clients, aws_names):
    repositories = await repositories_on(request.param, database, aws_clients, aws_names)
    return await with_invitations(repositories, request.param, database, aws_clients, aws_names)


async def _invited(stores, minute: float = 0, role: Role = Role.EMPLOYER):
    """An invitation, and the invitee's account: by default an employer of no organization."""
    employer, organization = await an_employer(stores)
    invitee = a_user(role)
    await stores.users.add(invitee)
    invitation = an_invitation(organization.id, invitee.email, employer.id, minute)
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
        assert (unchanged.role, unchanged.organization_id) == (Role.EMPLOYER, None)


async def test_a_person_already_in_an_organization_does_not_join_another(stores):
    invitation, _, _ = await _invited(stores)
    employer, _ = await an_employer(stores, "Other")
    assert not await stores.invitations.accept(invitation.id, employer.id, at(5))
    (stored,) = await stores.invitations.get_many([invitation.id])
    assert stored.status(at(5)) is InvitationStatus.PENDING  # the refused accept left no trace


async def test_a_candidate_account_is_never_made_a_recruiter(stores):
    invitation, candidate, _ = await _invited(stores, role=Role.CANDIDATE)
    assert not await stores.invitations.accept(invitation.id, candidate.id, at(5))
    (unchanged,) = await stores.users.get_many([candidate.id])
    assert (unchanged.role, unchanged.organization_id) == (Role.CANDIDATE, None)
    (stored,) = await stores.invitations.get_many([invitation.id])
    assert stored.status(at(5)) is InvitationStatus.PENDING


async def test_an_accept_racing_a_revoke_exactly_one_applies(stores):
    for _ in range(3):
        invitation, invitee, organization = await _invited(stores)
        accepted, revoked = await asyncio.gather(
            stores.invitations.accept(invitation.id, invitee.id, at(5)), stores.invitations.revoke(invitation.id, at(5)))
        assert accepted != revoked
        (stored,) = await stores.invitations.get_many([invitation.id])
        (person,) = await stores.users.get_many([invitee.id])
        if accepted:
            assert stored.status(at(5)) is InvitationStatus.ACCEPTED and person.organization_id == organization.id
        else:
            assert stored.status(at(5)) is InvitationStatus.REVOKED and person.organization_id is None


def _new_recruiter(invitation: Invitation):
    return a_user(Role.EMPLOYER).model_copy(update={"email": invitation.email,
                                                    "organization_id": invitation.organization_id})


async def test_a_sign_up_adds_the_account_and_uses_the_invitation_up_together(stores):
    employer, organization = await an_employer(stores)
    invitation = an_invitation(organization.id, f"new-{new_id()}@example.com", employer.id)
    await stores.invitations.add(invitation)
    accounts = [_new_recruiter(invitation) for _ in range(2)]
    outcomes = await asyncio.gather(
        *(stores.invitations.accept_with_new_account(invitation.id, a, at(5)) for a in accounts),
        return_exceptions=True)
    assert outcomes.count(True) == 1, outcomes
    assert all(o is False or isinstance(o, Conflict) for o in outcomes if o is not True), outcomes
    winner = accounts[outcomes.index(True)]
    stored_user = await stores.users.get_by_email(invitation.email)
    assert stored_user.id == winner.id and stored_user.organization_id == organization.id
    (stored,) = await stores.invitations.get_many([invitation.id])
    assert stored.status(at(5)) is InvitationStatus.ACCEPTED and stored.accepted_by == winner.id
    assert winner.id in [m.id for m in (await stores.users.members_of([organization.id]))[0]]


async def test_a_sign_up_with_a_closed_invitation_or_a_taken_address_adds_nothing(stores):
    employer, organization = await an_employer(stores)
    expired = an_invitation(organization.id, f"late-{new_id()}@example.com", employer.id)
    await stores.invitations.add(expired)
    assert not await stores.invitations.accept_with_new_account(expired.id, _new_recruiter(expired), at(61))
    assert await stores.users.get_by_email(expired.email) is None
    revoked = an_invitation(organization.id, f"gone-{new_id()}@example.com", employer.id)
    await stores.invitations.add(revoked)
    assert await stores.invitations.revoke(revoked.id, at(1))
    assert not await stores.invitations.accept_with_new_account(revoked.id, _new_recruiter(revoked), at(2))
    assert await stores.users.get_by_email(revoked.email) is None

    existing = a_user(Role.CANDIDATE)
    await stores.users.add(existing)
    taken = an_invitation(organization.id, existing.email, employer.id)
    await stores.invitations.add(taken)
    with pytest.raises(Conflict):
        await stores.invitations.accept_with_new_account(taken.id, _new_recruiter(taken), at(2))
    (still,) = await stores.invitations.get_many([taken.id])
    assert still.status(at(2)) is InvitationStatus.PENDING
    assert (await stores.users.get_by_email(existing.email)).id == existing.id


async def test_an_acceptance_revokes_the_other_open_invitations_of_the_address_to_that_organization(stores):
    for sign_up in (False, True):
        employer, organization = await an_employer(stores)
        other_employer, other_organization = await an_employer(stores, f"Elsewhere {sign_up}")
        email = f"twice-{new_id()}@example.com"
        first, second = (an_invitation(organization.id, email, employer.id, minute) for minute in (0, 1))
        elsewhere = an_invitation(other_organization.id, email, other_employer.id)
        for invitation in (first, second, elsewhere):
            await stores.invitations.add(invitation)
        if sign_up:
            assert await stores.invitations.accept_with_new_account(second.id, _new_recruiter(second), at(5))
        else:
            invitee = a_user(Role.EMPLOYER).model_copy(update={"email": email})
            await stores.users.add(invitee)
            assert await stores.invitations.accept(second.id, invitee.id, at(5))
        (settled, accepted, untouched) = await stores.invitations.get_many([first.id, second.id, elsewhere.id])
        assert settled.status(at(5)) is InvitationStatus.REVOKED
        assert accepted.status(at(5)) is InvitationStatus.ACCEPTED
        assert untouched.status(at(5)) is InvitationStatus.PENDING
        assert await stores.invitations.open_for(organization.id) == []
        assert await stores.invitations.open_for(other_organization.id) == [untouched]

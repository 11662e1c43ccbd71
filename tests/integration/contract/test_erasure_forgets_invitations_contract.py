"""Erasing an account leaves the organizations' invitations their record (whom they invited,
when, the outcome) without the person, on both backends: the inviter's id gives way to
FORMER_MEMBER; an invitation the person accepted, or a closed one to their address, keeps no
invitee id or address. Others' invitations, and an open one to the address (the organization's
offer to an address, which it may revoke), are untouched."""
from __future__ import annotations

import pytest

from domain.invitations import FORMER_MEMBER, Invitation, InvitationStatus
from tests.integration.contract.account_port_backends import ports_on
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.invitation_backends import (
    a_recruiter_named_by_invitations,
    an_invitation,
    with_invitations,
)
from tests.integration.contract.repository_backends import at


@pytest.fixture(params=BACKENDS)
async def stores(request, database, aws_clients, aws_names):
    ports = await ports_on(request.param, database, aws_clients, aws_names)
    return await with_invitations(ports, request.param, database, aws_clients, aws_names)


async def _stored(stores, invitation: Invitation) -> Invitation:
    (found,) = await stores.invitations.get_many([invitation.id])
    assert found is not None
    return found


async def test_an_erased_recruiter_leaves_the_invitations_they_sent_and_accepted_without_them(stores):
    named = await a_recruiter_named_by_invitations(stores)
    owner, organization, recruiter = named.owner, named.organization, named.recruiter
    accepted, sent_by_them, revoked_to_them, open_to_them = (
        named.accepted, named.sent_by_them, named.revoked_to_them, named.open_to_them)
    others = an_invitation(organization.id, "someone.else@example.com", owner.id, minute=9)
    await stores.invitations.add(others)

    await stores.account_store.erase(recruiter.id)

    was_accepted = await _stored(stores, accepted)
    assert (was_accepted.email, was_accepted.accepted_by, was_accepted.invited_by) == ("", None, owner.id)
    assert was_accepted.status(at(10)) is InvitationStatus.ACCEPTED
    theirs = await _stored(stores, sent_by_them)
    assert (theirs.email, theirs.invited_by) == ("colleague@example.com", FORMER_MEMBER)
    assert theirs.status(at(10)) is InvitationStatus.PENDING
    revoked = await _stored(stores, revoked_to_them)
    assert (revoked.email, revoked.status(at(10))) == ("", InvitationStatus.REVOKED)
    assert (await _stored(stores, open_to_them)).email == recruiter.email.lower()
    assert await _stored(stores, others) == others
    text = str([await _stored(stores, i) for i in (accepted, sent_by_them, revoked_to_them)])
    assert recruiter.id not in text and recruiter.email not in text

"""The link of a revoked invitation points at a newer invitation of the address only while that
newer one can still be used: once it has expired (or was used or revoked) the person would be
sent to a dead link, so they are told to ask the organization for a new one."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest

from domain.account_tokens import hash_secret
from domain.errors import BadUserInput
from domain.invitations import Invitation
from domain.messages import Links
from domain.services.invitations import InvitationService
from domain.users import Role, User
from tests.fakes.accounts import FakeOrganizations, FakeUsers, FixedClock

START = datetime(2026, 3, 1, 9, tzinfo=UTC)
EMAIL = "twice.invited@example.com"


class _Stored:
    """Only the reads the accept path makes before any write."""

    def __init__(self, invitations: list[Invitation]) -> None:
        self.invitations = invitations

    async def find(self, token_hash: str) -> Invitation | None:
        return next((i for i in self.invitations if i.token_hash == token_hash), None)

    async def open_for(self, organization_id: str) -> list[Invitation]:
        return [i for i in self.invitations if i.organization_id == organization_id
                and i.accepted_at is None and i.revoked_at is None]

    async def get_many(self, ids: Sequence[str]) -> list[Invitation | None]:
        return [next((i for i in self.invitations if i.id == id_), None) for id_ in ids]


def _invitation(id_: str, secret: str, created: datetime, **changes) -> Invitation:
    return Invitation(id=id_, organization_id="org-1", email=EMAIL, invited_by="recruiter-1",
                      token_hash=hash_secret(secret), created_at=created,
                      expires_at=created + timedelta(hours=72), **changes)


async def _refusal_of_the_first_link(now: datetime, **newer_changes) -> str:
    first = _invitation("inv-1", "first-secret", START, revoked_at=START + timedelta(hours=1))
    newer = _invitation("inv-2", "newer-secret", START + timedelta(hours=1), **newer_changes)
    users = FakeUsers()
    service = InvitationService(
        _Stored([first, newer]), users, notifier=None, links=Links("https://app.example"),  # type: ignore[arg-type]
        clock=FixedClock(now), ttl=timedelta(hours=72), mailbox_key=b"k" * 32,
        organizations=FakeOrganizations(users),
    )
    invitee = User(id="u-1", email=EMAIL, name="Pat", role=Role.EMPLOYER, password_hash="x",
                   created_at=START)
    with pytest.raises(BadUserInput) as refused:
        await service.accept(invitee, "first-secret")
    return str(refused.value)


async def test_a_pending_newer_invitation_is_pointed_at():
    assert "newer invitation" in await _refusal_of_the_first_link(START + timedelta(hours=2))


async def test_an_expired_newer_invitation_is_not_pointed_at():
    message = await _refusal_of_the_first_link(START + timedelta(hours=80))
    assert "newer invitation" not in message and "ask them for a new one" in message, message

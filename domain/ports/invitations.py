"""Where organization invitations are kept; accepting one is a single atomic step."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from domain.invitations import Invitation
from domain.users import User


class InvitationRepository(Protocol):
    async def add(self, invitation: Invitation) -> None: ...

    async def get_many(self, ids: Sequence[str]) -> list[Invitation | None]: ...

    async def find(self, token_hash: str) -> Invitation | None: ...

    async def open_for(self, organization_id: str) -> list[Invitation]:
        """Neither accepted nor revoked (expired ones included), oldest first."""
        ...

    async def accept(self, invitation_id: str, user_id: str, now: datetime) -> bool:
        """Marks the invitation accepted by the user and makes the user a recruiter of its
        organization, all or nothing, only if it is still open and unexpired at `now` and the
        user is an employer of no organization (a candidate's account is never turned into an
        employer's), and its organization is not closed: of two accepts at once exactly one
        returns True. The other open invitations of the same address to the same organization
        are revoked with it."""
        ...

    async def accept_with_new_account(self, invitation_id: str, user: User, now: datetime) -> bool:
        """Adds `user` (an employer of the invitation's organization) and marks the invitation
        accepted by them, all or nothing, only if it is still open and unexpired at `now` and
        the organization is not closed;
        False (and no account) otherwise. The other open invitations of the same address to
        the same organization are revoked with it. An address already taken raises
        `email_taken()` as `UserRepository.add` does, and leaves the invitation open."""
        ...

    async def revoke(self, invitation_id: str, now: datetime) -> bool:
        """Only an open invitation is revoked; False when it was accepted or revoked first."""
        ...

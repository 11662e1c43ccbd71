"""Where organization invitations are kept; accepting one is a single atomic step."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from domain.invitations import Invitation


class InvitationRepository(Protocol):
    async def add(self, invitation: Invitation) -> None: ...

    async def get_many(self, ids: Sequence[str]) -> list[Invitation | None]: ...

    async def find(self, token_hash: str) -> Invitation | None: ...

    async def open_for(self, organization_id: str) -> list[Invitation]:
        """Neither accepted nor revoked (expired ones included), oldest first."""
        ...

    async def accept(self, invitation_id: str, user_id: str, now: datetime) -> bool:
        """Marks the invitation accepted by the user and makes the user an employer of its
        organization, all or nothing, only if it is still open and unexpired at `now`: of two
        accepts at once exactly one returns True."""
        ...

    async def revoke(self, invitation_id: str, now: datetime) -> bool:
        """Only an open invitation is revoked; False when it was accepted or revoked first."""
        ...

"""What administrators do to accounts, beside the user repository the product uses."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from domain.pagination import Page, PageRequest
from domain.users import Role, User


class UserAdministration(Protocol):
    async def search(
        self, text: str | None, role: Role | None, suspended: bool | None, page: PageRequest
    ) -> Page[User]:
        """Users whose email or name contains the text (case-insensitive), newest first."""
        ...

    async def suspend(self, user_id: str, now: datetime, reason: str) -> User | None:
        """Atomically: suspended, token_version bumped (every access token dies) and every
        session revoked (every refresh token dies). None when no user has that id."""
        ...

    async def reactivate(self, user_id: str) -> User | None:
        """Lifts the suspension; old sessions stay revoked, so the person signs in again."""
        ...


class LinkedIdentities(Protocol):
    """The accounts' links to an identity provider's users (a subset of UserRepository)."""

    async def get_many(self, ids: Sequence[str]) -> list[User | None]: ...

    async def unlink_external_identity(self, user_id: str, now: datetime) -> bool: ...

    async def external_identity_of(self, user_id: str) -> str | None: ...

"""Partner API keys: who a key belongs to and whether it still works. Keys are stored hashed."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class ApiKey:
    id: str
    partner: str
    prefix: str  # the first characters of the key, shown to admins to tell keys apart
    created_at: datetime
    created_by: str | None = None
    revoked_at: datetime | None = None
    last_used_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


class ApiKeyRepository(Protocol):
    async def add(self, key: ApiKey, key_hash: str) -> None: ...

    async def by_hash(self, key_hash: str) -> ApiKey | None: ...

    async def get(self, key_id: str) -> ApiKey | None: ...

    async def list(self) -> list[ApiKey]: ...

    async def revoke(self, key_id: str, at: datetime) -> ApiKey | None: ...

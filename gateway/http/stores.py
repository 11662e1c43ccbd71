"""The port for the gateway's persisted-query cache. It is a transport concern (no business
rule depends on it), so it lives with the gateway; each backend supplies an adapter."""
from __future__ import annotations

from typing import Protocol


class PersistedQueryCache(Protocol):
    async def get(self, sha256_hash: str) -> str | None: ...

    async def put(self, sha256_hash: str, query: str) -> None:
        """Stores the query; the store may evict the least recently used entries."""
        ...

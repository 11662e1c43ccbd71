"""Where uploaded documents are kept, addressed by the sha256 of their content."""
from __future__ import annotations

from typing import Protocol


class BlobStore(Protocol):
    async def put(self, data: bytes, content_type: str) -> str:
        """Stores the bytes and returns their key (the hex sha256)."""
        ...

    async def get(self, key: str) -> bytes: ...

    async def delete(self, key: str) -> None: ...

    async def exists(self, key: str) -> bool: ...

    async def download_url(self, key: str, filename: str | None = None) -> str:
        """A link that lets whoever holds it download the blob for a short time."""
        ...

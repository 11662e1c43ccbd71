"""BlobStore in memory, for unit tests of the domain services; runs the BlobStore contract
beside the file store and S3 (tests/integration/contract/test_blob_store_contract.py)."""
from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from domain.errors import NotFound
from domain.ports.blobs import TrashCopy


class InMemoryBlobStore:
    def __init__(self, blobs: dict[str, bytes] | None = None) -> None:
        self.blobs: dict[str, bytes] = dict(blobs or {})
        self.trash: dict[tuple[str, str], bytes] = {}  # (key, holder) -> bytes
        self.moved_at: dict[tuple[str, str], datetime] = {}

    async def put(self, data: bytes, content_type: str) -> str:
        key = hashlib.sha256(data).hexdigest()
        self.blobs[key] = data
        return key

    async def get(self, key: str) -> bytes:
        try:
            return self.blobs[key]
        except KeyError:
            raise NotFound("No document has that key.") from None

    async def delete(self, key: str) -> None:
        self.blobs.pop(key, None)

    async def exists(self, key: str) -> bool:
        return key in self.blobs

    async def download_url(self, key: str, filename: str | None = None) -> str:
        return f"memory://blobs/{key}"

    async def quarantine(self, key: str, holder: str) -> bool:
        if (key, holder) in self.trash or key not in self.blobs:
            return False
        self.trash[key, holder] = self.blobs.pop(key)
        self.moved_at[key, holder] = datetime.now(UTC)
        return True

    async def restore(self, key: str, holder: str) -> bool:
        if (key, holder) not in self.trash:
            return False
        self.blobs[key] = self.trash.pop((key, holder))
        return True

    async def purge(self, key: str, holder: str) -> None:
        self.trash.pop((key, holder), None)

    async def trash_copies(self) -> list[TrashCopy]:
        return [TrashCopy(key, holder, self.moved_at.get((key, holder), datetime.now(UTC)))
                for key, holder in self.trash]

"""Where uploaded documents are kept, addressed by the sha256 of their content."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class TrashCopy:
    key: str
    holder: str
    moved_at: datetime  # when it was put in the trash, by the store's own clock


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

    # Deleting a blob that another upload of the same bytes may be claiming at that moment
    # goes through a trash copy (domain/services/blob_forgetting.py). Each trash copy belongs
    # to one holder (the deletion's resume id), so two deletions of the same bytes never
    # take each other's copy, and a deletion run again after a crash finds its own.

    async def quarantine(self, key: str, holder: str) -> bool:
        """Moves the blob atomically to the holder's trash copy; False (and nothing moved) when
        no blob is stored under key or the holder already has a trash copy of it."""
        ...

    async def restore(self, key: str, holder: str) -> bool:
        """Puts the holder's trash copy back under key (the same bytes a newer put may have
        stored meanwhile, so either is right) and drops it; False when it has none."""
        ...

    async def purge(self, key: str, holder: str) -> None:
        """Removes the holder's trash copy for good; nothing when it has none."""
        ...

    async def trash_copies(self) -> list[TrashCopy]:
        """Every trash copy stored, for the sweep of those a crashed deletion left behind
        (domain/services/trash_sweep.py); normally none or a few, each there for a moment."""
        ...

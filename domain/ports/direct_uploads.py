"""Where direct uploads wait between the client's POST and its confirmation."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class PresignedUpload:
    url: str
    fields: dict[str, str] = field(default_factory=dict)  # form fields to send before the file
    key: str = ""
    expires_in: int = 900


class UploadStaging(Protocol):
    async def presign(self, key: str, max_bytes: int) -> PresignedUpload:
        """A form POST that stores one file of 1..max_bytes under key."""
        ...

    async def size(self, key: str) -> int | None:
        """The staged file's size, or None when nothing was uploaded under key."""
        ...

    async def read(self, key: str, first_bytes: int | None = None) -> bytes: ...

    async def discard(self, key: str) -> None: ...

    async def discard_owner(self, owner_id: str) -> None:
        """Every file staged for owner_id and never confirmed (keys start with `<owner_id>/`)."""
        ...

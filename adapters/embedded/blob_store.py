"""Blobs as files under the data dir, addressed by the sha256 of their content.

Writes go to a temporary file first and are renamed into place, so a crash never leaves
a half-written blob under its final name. Trash copies (BlobStore.quarantine) live under
trash/ in the same tree, so moving a blob there and back is a rename, never a copy."""
from __future__ import annotations

import asyncio
import hashlib
import os
import re
from datetime import UTC, datetime
from pathlib import Path

from adapters.embedded.atomic_files import write_atomically
from adapters.embedded.download_links import DownloadLinks, LinkRefused
from domain.errors import NotFound
from domain.ports.blobs import TrashCopy

_HEX = set("0123456789abcdef")
_HOLDER = re.compile(r"^[0-9A-Za-z_-]{1,64}$")


class FileBlobStore:
    def __init__(self, root: Path, links: DownloadLinks | None = None) -> None:
        self._root = root
        self._links = links

    def _path(self, key: str) -> Path:
        if len(key) != 64 or not set(key) <= _HEX:
            raise NotFound("No document has that key.")
        return self._root / key[:2] / key[2:4] / key

    def _trash_path(self, key: str, holder: str) -> Path:
        if not _HOLDER.match(holder):
            raise ValueError(f"a trash holder is an id, not {holder!r}")
        self._path(key)  # refuses malformed keys
        return self._root / "trash" / key[:2] / f"{key}.{holder}"

    async def put(self, data: bytes, content_type: str) -> str:
        key = hashlib.sha256(data).hexdigest()
        await asyncio.to_thread(self._write, self._path(key), data)
        return key

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        if path.exists():
            return
        write_atomically(path, data)

    async def get(self, key: str) -> bytes:
        path = self._path(key)
        try:
            return await asyncio.to_thread(path.read_bytes)
        except FileNotFoundError:
            raise NotFound("The document is no longer stored.") from None

    async def delete(self, key: str) -> None:
        await asyncio.to_thread(self._path(key).unlink, True)

    async def download_url(self, key: str, filename: str | None = None) -> str:
        """A signed link to the gateway's /downloads route, valid for the links' lifetime."""
        if self._links is None:
            raise RuntimeError("download links are not configured for this blob store")
        self._path(key)  # refuses malformed keys
        return self._links.make(key, filename)

    async def open_download(self, token: str) -> tuple[bytes, str]:
        """The bytes and file name behind a download link; LinkRefused when it is not valid."""
        if self._links is None:
            raise LinkRefused("Downloads are not served here.", 404)
        key, filename = self._links.read(token)
        try:
            return await self.get(key), filename
        except NotFound:
            raise LinkRefused("The document is no longer stored.", 404) from None

    async def exists(self, key: str) -> bool:
        return await asyncio.to_thread(self._path(key).exists)

    async def quarantine(self, key: str, holder: str) -> bool:
        return await asyncio.to_thread(self._quarantine, self._path(key), self._trash_path(key, holder))

    @staticmethod
    def _quarantine(path: Path, trash: Path) -> bool:
        trash.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:
            # A link, not a rename: it never replaces a trash copy this holder already has (a
            # second run of the same deletion must not take a file the first will purge).
            os.link(path, trash)
        except FileNotFoundError:
            return False
        except FileExistsError:
            # The holder's copy and the blob one file: a run died between the link and the
            # unlink (a newer put would be a file of its own), and this one finishes the move.
            try:
                if not os.path.samefile(path, trash):
                    return False
            except FileNotFoundError:
                return False
        path.unlink(missing_ok=True)
        return True

    async def restore(self, key: str, holder: str) -> bool:
        path, trash = self._path(key), self._trash_path(key, holder)

        def move_back() -> bool:
            try:
                os.replace(trash, path)  # atomic; a newer put of these bytes is the same file
            except FileNotFoundError:
                return False
            return True

        return await asyncio.to_thread(move_back)

    async def purge(self, key: str, holder: str) -> None:
        await asyncio.to_thread(self._trash_path(key, holder).unlink, True)

    async def trash_copies(self) -> list[TrashCopy]:
        return await asyncio.to_thread(self._trash_copies)

    def _trash_copies(self) -> list[TrashCopy]:
        found = []
        for path in (self._root / "trash").glob("*/*"):
            key, _, holder = path.name.partition(".")
            try:
                # The link that made the copy set its change time; the file's own (the upload's)
                # modification time would make every copy look old.
                moved = path.stat().st_ctime
            except FileNotFoundError:
                continue  # restored or purged while listed
            if len(key) == 64 and _HOLDER.match(holder):
                found.append(TrashCopy(key, holder, datetime.fromtimestamp(moved, UTC)))
        return found

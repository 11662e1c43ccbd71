"""Finishing the deletions a crash left in the blob store's trash.

A deletion moves its file to a trash copy before it re-checks the rows (blob_forgetting.py);
a process that dies in between leaves the copy, which its forget-files work item (stored with
the deletion) finishes when the queue runs it again. A copy is abandoned when no such work is
pending (the item is done or dead, or there never was one: an upload refused after its put)
or when it is older than `max_age` (a bound past any retry; also where the queue cannot say
what is pending). The sweep finishes an abandoned copy with the deletion's own steps: put
back when a row uses the bytes, purged when none does, so it is safe beside a run of the
same deletion that is still going."""
from __future__ import annotations

from datetime import timedelta

from domain.clock import Clock
from domain.ports.blobs import BlobStore, TrashCopy
from domain.ports.queue import KnowsPendingWork
from domain.ports.resumes import ResumeRepository
from domain.services.blob_forgetting import forget_blob, forget_files_key


class TrashSweep:
    def __init__(self, blobs: BlobStore, resumes: ResumeRepository, clock: Clock,
                 pending: KnowsPendingWork | None, max_age: timedelta) -> None:
        self._blobs = blobs
        self._resumes = resumes
        self._clock = clock
        self._pending = pending
        self._max_age = max_age

    async def sweep(self) -> int:
        """Finishes every abandoned trash copy; returns how many."""
        finished = 0
        for copy in await self._blobs.trash_copies():
            if await self._abandoned(copy):
                await forget_blob(self._blobs, self._resumes, copy.key, copy.holder)
                finished += 1
        return finished

    async def _abandoned(self, copy: TrashCopy) -> bool:
        if self._clock.now() - copy.moved_at > self._max_age:
            return True
        if self._pending is None:
            return False
        return not await self._pending.is_pending(forget_files_key(copy.holder))

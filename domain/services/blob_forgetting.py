"""Removing a resume's file once no resume holds its bytes, safe against an upload of the
same bytes at the same moment, and against a crash part way.

Blobs are content-addressed, so a deletion cannot simply check "no row uses this sha" and
delete: an upload of the same bytes may put (finding the file already there) and commit its
row in between, and would then point at a missing file. Instead the file is first moved to
the deletion's trash copy, the rows are checked again, and the copy is put back if a row
took the bytes meanwhile, else purged. An upload whose row commits after that re-check
finds the file gone when it verifies after its commit (ResumeService.upload) and stores
its bytes again, which it still holds.

Run again (from the durable queue) after a crash, the same steps finish what was started:
the holder's trash copy is restored when a row uses the bytes, purged when none does."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from domain.ports.blobs import BlobStore
from domain.ports.queue import PendingWork
from domain.ports.resumes import ResumeRepository

FORGET_RESUME_FILES = "resume.forget_files"
# An erased account's file: the work names no one (its trash holder is made for it).
FORGET_BLOB = "blob.forget"


def forget_files_key(holder: str) -> str:
    """The dedupe key of the work that finishes `holder`'s deletion: the trash sweep asks the
    queue whether it is still pending before it finishes that trash copy itself."""
    return f"forget:{holder}"


def forget_files_work(resume_id: str, sha256: str) -> PendingWork:
    """The work that removes a deleted resume's vector and file, stored with the deletion so a
    crash part way leaves it to the queue."""
    return PendingWork(FORGET_RESUME_FILES, {"resume_id": resume_id, "sha256": sha256},
                       dedupe_key=forget_files_key(resume_id))


def forget_blob_work(sha256: str, holder: str) -> PendingWork:
    """The work that removes an erased account's file, stored with the erasure. It carries no
    id of the person or their resume: queued work outlives the erasure (until a worker runs
    it), and an erasure leaves nothing in the store that leads back to them."""
    return PendingWork(FORGET_BLOB, {"sha256": sha256, "holder": holder}, dedupe_key=forget_files_key(holder))


def blob_forgetting_handler(blobs: BlobStore, resumes: ResumeRepository) -> Callable[[dict[str, Any]], Awaitable[None]]:
    """What a worker does with FORGET_BLOB work: the deletion's steps again, idempotent."""

    async def handle(payload: dict[str, Any]) -> None:
        await forget_blob(blobs, resumes, payload["sha256"], payload["holder"])

    return handle


async def forget_blob(blobs: BlobStore, resumes: ResumeRepository, sha256: str, holder: str) -> None:
    """Removes the blob unless a resume uses it. `holder` names this deletion's trash copy:
    the same for every run of one deletion (the resume id), unique across deletions."""
    if await resumes.sha_in_use(sha256):
        # No quarantine while rows use it (readers would see it missing for a moment); but an
        # earlier run may have crashed after quarantining, before it could put the file back.
        await blobs.restore(sha256, holder)
        return
    await blobs.quarantine(sha256, holder)
    if await resumes.sha_in_use(sha256):
        await blobs.restore(sha256, holder)
    else:
        await blobs.purge(sha256, holder)

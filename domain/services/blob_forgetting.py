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

from domain.ports.blobs import BlobStore
from domain.ports.resumes import ResumeRepository


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

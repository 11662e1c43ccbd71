"""Embedding a parsed resume again, after the way a resume's vector is made has changed (an
upgrade queues it for every parsed resume): its text read again from the stored file, its
vector made anew, then its candidate's matches recomputed from it.

Nothing a person sees changes: the stored parse is kept (the file is not parsed again), the
status stays PARSED. Resumes still waiting to be processed are embedded the new way by their
own processing; one whose file can no longer be read keeps the vector it has. Where the backend
needs to be told (ReembeddingProgress), each run that ended is reported, with nothing to do
too; one that failed is not (it runs again)."""
from __future__ import annotations

import logging
from typing import Protocol

from domain.errors import DocumentRejected
from domain.ports.blobs import BlobStore
from domain.ports.documents import TextExtractor
from domain.ports.resumes import ResumeRepository
from domain.resumes import ResumeStatus
from domain.services.embedding_rescoring import ReembeddingProgress
from domain.services.resume_processing import ResumeIndexer

log = logging.getLogger(__name__)

REEMBED_RESUME = "resume.reembed"


class CandidateRecomputation(Protocol):
    async def match_candidate(self, user_id: str) -> object:
        """Recomputes the candidate's matches from all their resumes as they are now."""
        ...


class ResumeReembedding:
    def __init__(self, resumes: ResumeRepository, blobs: BlobStore, extractor: TextExtractor,
                 indexer: ResumeIndexer, matching: CandidateRecomputation,
                 progress: ReembeddingProgress | None = None) -> None:
        self._resumes, self._blobs, self._extractor = resumes, blobs, extractor
        self._indexer, self._matching, self._progress = indexer, matching, progress

    async def reembed(self, resume_id: str) -> None:
        await self._reembed(resume_id)
        if self._progress is not None:
            await self._progress.resume_reembedded(resume_id)

    async def _reembed(self, resume_id: str) -> None:
        (resume,) = await self._resumes.get_many([resume_id])
        if resume is None or resume.status is not ResumeStatus.PARSED or resume.parsed is None:
            return
        data = await self._blobs.get(resume.sha256)
        try:
            extracted = await self._extractor.extract(data, resume.content_type)
        except DocumentRejected as rejected:
            log.warning("resume %s kept its vector: its file is refused now (%s)", resume_id, rejected.reason)
            return
        text = extracted.text.strip()
        if not text:
            log.warning("resume %s kept its vector: no text was read from its file this time", resume_id)
            return
        await self._indexer.index_resume(resume, resume.parsed, text)
        # Run here, once the new vector is stored, rather than queued: no change of the resume
        # is stored that the work could go with, and a recomputation of this candidate running
        # meanwhile may have read the old vector.
        await self._matching.match_candidate(resume.owner_id)

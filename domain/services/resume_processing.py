"""Turning an uploaded resume into a parsed profile: extract → parse → embed → PARSED.

Runs from the work queue, at least once per resume: every step is idempotent, so a worker
killed half-way is simply run again, and a resume already PARSED is left alone."""
from __future__ import annotations

import logging
from typing import Protocol

from domain.errors import DocumentRejected
from domain.events import ResumeParsed, ResumeProcessed
from domain.ports.blobs import BlobStore
from domain.ports.documents import ResumeParser, TextExtractor
from domain.ports.events import EventBus
from domain.ports.resumes import ResumeRepository
from domain.resume_warnings import letters_of
from domain.resumes import ParsedResume, Resume, ResumeStatus
from domain.services.matching_triggers import MatchingWork

log = logging.getLogger(__name__)

NO_TEXT = (
    "No text was found in the document; upload a file that contains selectable text, "
    "or a clearer scan."
)


class ResumeIndexer(Protocol):
    async def index_resume(self, resume: Resume, parsed: ParsedResume, text: str) -> None:
        """Embeds the resume and stores its vector for matching."""
        ...


class ResumeProcessor:
    def __init__(
        self,
        resumes: ResumeRepository,
        blobs: BlobStore,
        extractor: TextExtractor,
        parser: ResumeParser,
        events: EventBus,
        indexer: ResumeIndexer | None = None,
        matching: MatchingWork | None = None,
    ) -> None:
        self._matching = matching
        self._resumes = resumes
        self._blobs = blobs
        self._extractor = extractor
        self._parser = parser
        self._events = events
        self._indexer = indexer

    async def process(self, resume_id: str) -> None:
        (resume,) = await self._resumes.get_many([resume_id])
        if resume is None or resume.status is ResumeStatus.PARSED:
            return  # deleted meanwhile, or already done by an earlier attempt
        # A FAILED resume is only here again when an admin requeued its dead letter (work
        # items are deduplicated otherwise): try it once more from the start.
        if resume.status is not ResumeStatus.PROCESSING:
            await self._resumes.set_status(resume_id, ResumeStatus.PROCESSING)
        data = await self._blobs.get(resume.sha256)
        try:
            extracted = await self._extractor.extract(data, resume.content_type)
        except DocumentRejected as rejected:
            await self.fail(resume, rejected.reason)
            return
        text = extracted.text.strip()
        if not text:
            await self.fail(resume, NO_TEXT)
            return
        parsed = await self._parser.parse(text, extracted.looks)
        letters, latin = letters_of(text)
        parsed = parsed.model_copy(update={"text_letters": letters, "latin_letters": latin})
        if self._indexer is not None:
            await self._indexer.index_resume(resume, parsed, text)
        # The matching work is stored with the PARSED state: a retry after a crash here
        # finds the resume PARSED and stops, so work queued later would be lost for good.
        work = self._matching.resume_parsed(resume_id, resume.owner_id) if self._matching else []
        await self._resumes.set_status(resume_id, ResumeStatus.PARSED, parsed=parsed, work=work)
        await self._events.publish(ResumeParsed(resume_id=resume_id, owner_id=resume.owner_id))
        await self._events.publish(
            ResumeProcessed(resume_id=resume_id, owner_id=resume.owner_id, status=ResumeStatus.PARSED.value)
        )

    async def give_up(self, resume_id: str, error: str) -> None:
        """Every attempt failed on something transient: say so, in words a person can act on."""
        (resume,) = await self._resumes.get_many([resume_id])
        if resume is not None and resume.status not in (ResumeStatus.PARSED, ResumeStatus.FAILED):
            await self.fail(resume, "Processing failed several times on our side; upload the file again later.")

    async def fail(self, resume: Resume, reason: str) -> None:
        await self._resumes.set_status(resume.id, ResumeStatus.FAILED, failure_reason=reason)
        await self._events.publish(
            ResumeProcessed(
                resume_id=resume.id, owner_id=resume.owner_id, status=ResumeStatus.FAILED.value, failure_reason=reason
            )
        )

"""Uploading and deleting resumes. Processing happens later, off the request."""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

from domain.clock import Clock, new_id
from domain.errors import BadUserInput, Forbidden, NotFound
from domain.events import ResumeDeleted, ResumeUploaded
from domain.ports.blobs import BlobStore
from domain.ports.documents import ContentSniffer
from domain.ports.events import EventBus
from domain.ports.queue import PendingWork, WorkQueue
from domain.ports.resumes import ResumeRepository
from domain.resume_warnings import ResumeWarning, already_uploaded, name_kept_as_sent, recognised_nothing
from domain.resumes import Resume, ResumeStatus
from domain.services.blob_forgetting import FORGET_RESUME_FILES as FORGET_RESUME_FILES  # where callers look
from domain.services.blob_forgetting import forget_blob, forget_files_work
from domain.services.erasure import ResumeVectors
from domain.services.matching_triggers import MatchingWork
from domain.uploads import EXTENSIONS, UploadRules
from domain.users import Role, User
from domain.validation import clean_line

PROCESS_RESUME = "resume.process"


def processing_work(resume_id: str) -> PendingWork:
    return PendingWork(PROCESS_RESUME, {"resume_id": resume_id}, dedupe_key=f"resume:{resume_id}")


_MAX_FILENAME = 200
# Beyond what clean_line takes out (control, format and surrogate characters): private-use and
# unassigned code points, which show as nothing or as a box.
_UNSHOWN = frozenset(("Co", "Cn"))


@dataclass(frozen=True)
class ReceivedResume:
    """What an upload came to: the résumé stored, and whether its owner already had these
    bytes (then nothing new was stored; `read_again`: the one they had had FAILED, and is read afresh)."""
    resume: Resume
    already_had: bool = False
    read_again: bool = False
    # The name the résumé had before this upload renamed it (None: not renamed).
    earlier_filename: str | None = None


def upload_warnings(filename: str | None, received: ReceivedResume) -> list[ResumeWarning]:
    """What the answer to an upload under `filename` should tell beside the résumé stored:
    that the file was one its owner already had, and that a file already sent to an employer
    kept the name it was sent under (not for an upload that asked for no name)."""
    stored = received.resume
    told = [already_uploaded(stored, read_again=received.read_again, earlier_filename=received.earlier_filename)
            ] if received.already_had else []
    return told + ([] if filename is None else name_kept_as_sent(clean_filename(filename, stored.content_type), stored))


def clean_filename(name: str | None, content_type: str | None = None) -> str:
    """A display name only (storage is by content hash): no paths; no control, format or
    direction characters (a right-to-left override makes "cv\u202efdp.exe" show as
    "cvexe.pdf"), private-use or unassigned ones, except the joiners a word needs between its
    letters (emoji sequences, Indic half-forms, Persian), as every single line of text keeps them.
    An extension that is not one of `content_type`'s gets that type's added ("cv.exe" holding
    text is "cv.exe.txt"): the name is what an employer's download is saved under."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = clean_line("".join(ch for ch in base if unicodedata.category(ch) not in _UNSHOWN))
    usual = EXTENSIONS.get(content_type or "", ())
    stem, dot, extension = base.rpartition(".")
    if usual and stem.strip() and dot and extension.casefold() not in usual:
        base = f"{base}.{usual[0]}"
    if len(base) > _MAX_FILENAME:
        # Shortened in the middle: the extension tells the person which of their files it was.
        stem, dot, extension = base.rpartition(".")
        kept = f"{dot}{extension}" if stem and len(extension) <= 10 else ""
        base = clean_line(base[:_MAX_FILENAME - len(kept)]) + kept  # no joiner left at the cut
    return base or "resume"


class ResumeService:
    def __init__(
        self,
        resumes: ResumeRepository,
        blobs: BlobStore,
        queue: WorkQueue,
        events: EventBus,
        sniff: ContentSniffer,
        rules: UploadRules,
        clock: Clock,
        vectors: ResumeVectors | None = None,
        matching: MatchingWork | None = None,
    ) -> None:
        self._matching = matching
        self._resumes = resumes
        self._blobs = blobs
        self._queue = queue
        self._events = events
        self._sniff = sniff
        self._rules = rules
        self._clock = clock
        self._vectors = vectors

    async def upload(self, owner: User, filename: str | None, data: bytes, *, whole_size: int | None = None) -> Resume:
        return (await self.receive(owner, filename, data, whole_size=whole_size)).resume

    async def receive(
        self, owner: User, filename: str | None, data: bytes, *, whole_size: int | None = None
    ) -> ReceivedResume:
        """Stores an upload, once per owner and file (the same bytes give back the résumé the
        owner has, whatever runs at once). data may stop just past the size limit (callers need
        not hold a larger file): whole_size, when the caller knows it, is then the size told."""
        content_type = self._sniff(data) if data else None
        over_limit = len(data) > self._rules.max_bytes
        size = whole_size if over_limit and whole_size is not None else len(data)
        problem = self._rules.problem_with(size, content_type, size_known=not over_limit or whole_size is not None)
        if problem:
            raise BadUserInput(problem, field="file")
        assert content_type is not None  # problem_with refuses a type it could not sniff
        sha256 = hashlib.sha256(data).hexdigest()
        resume = Resume(
            id=new_id(), owner_id=owner.id, filename=clean_filename(filename, content_type), content_type=content_type,
            size_bytes=len(data), sha256=sha256, status=ResumeStatus.UPLOADED, uploaded_at=self._clock.now(),
        )
        await self._blobs.put(data, content_type)
        try:
            added = await self._resumes.add_or_find(
                resume, self._rules.max_resumes_per_candidate, work=[processing_work(resume.id)]
            )
        except BadUserInput:
            await self._forget_blob(sha256, resume.id)
            raise BadUserInput(self._rules.too_many_resumes(), field="file") from None
        except Forbidden:
            # The account was erased (or is being erased) meanwhile: its file goes too.
            await self._forget_blob(sha256, resume.id)
            raise
        if not await self._blobs.exists(sha256):
            # A deletion of another resume with these bytes removed the file between the put
            # and the commit (it re-checks the rows only after taking the file away, so it
            # cannot keep it for a row committed later): stored again, from the bytes at hand.
            await self._blobs.put(data, content_type)
        stored = added.resume
        if added.created:
            await self._events.publish(ResumeUploaded(resume_id=stored.id, owner_id=owner.id))
            return ReceivedResume(stored)
        read_again = False
        if stored.status in (ResumeStatus.UPLOADED, ResumeStatus.PROCESSING):
            # A retry of an upload stored before a crash that lost its work (an older version
            # queued it after the commit): queued again, unless an item is still pending.
            await self.requeue(stored.id)
        elif stored.status is ResumeStatus.FAILED and await self._resumes.retry_failed(
                stored.id, work=[processing_work(stored.id)]):
            # A failure's reason may say to upload the file again ("failed several times on our
            # side", a reader that ran out of time on a busy machine): the same bytes are then
            # read afresh, not handed back FAILED with nothing else the person can do.
            stored = stored.model_copy(update={"status": ResumeStatus.UPLOADED, "failure_reason": None})
            read_again = True
        return ReceivedResume(stored, already_had=True, read_again=read_again, earlier_filename=added.earlier_filename)

    async def requeue(self, resume_id: str) -> None:
        work = processing_work(resume_id)
        await self._queue.enqueue(work.kind, work.payload, dedupe_key=work.dedupe_key)

    async def delete(self, actor: User, resume_id: str) -> bool:
        (resume,) = await self._resumes.get_many([resume_id])
        if resume is None or (resume.owner_id != actor.id and actor.role is not Role.ADMIN):
            # Someone else's résumé is answered as an unknown id: FORBIDDEN would confirm it exists.
            raise NotFound("You have no resume with that id.")
        # What lives outside the row goes at once, and again from the queue: stored with the
        # deletion, that work survives a crash that would otherwise leave the file behind.
        forget = forget_files_work(resume_id, resume.sha256)
        # The candidate's matches are recomputed from the resumes left (none: no matches).
        rematch = self._matching.resume_set_changed(resume.owner_id, f"deleted:{resume_id}") if self._matching else []
        if await self._resumes.delete(resume_id, work=[forget, *rematch]) is None:
            # Another request (a second tab, a double click) deleted it since it was read: that
            # one cleans up and announces it; this one answers as any later request would.
            raise NotFound("No resume has that id.")
        await self.forget_files(resume_id, resume.sha256)
        await self._events.publish(ResumeDeleted(resume_id=resume_id, owner_id=resume.owner_id))
        return True

    async def set_primary(self, actor: User, resume_id: str, primary: bool) -> Resume:
        """Marks the actor's resume primary (matching then reads it alone while it is parsed)
        or unmarks it (every parsed resume counts again, the best fit per job)."""
        (resume,) = await self._resumes.get_many([resume_id])
        if resume is None or resume.owner_id != actor.id:
            # Someone else's résumé is answered as an unknown id: FORBIDDEN would confirm it exists.
            raise NotFound("You have no resume with that id.")
        if primary and resume.status is ResumeStatus.FAILED:
            raise BadUserInput(
                "This resume could not be read, so it cannot be primary; upload a readable file and mark that one.",
                argument="id")
        if primary and resume.parsed is not None and recognised_nothing(resume.parsed):
            # Matching would read it alone, and it has nothing to match with: every match the
            # candidate's other resumes earned would go.
            raise BadUserInput(
                "Nothing of a resume was recognised in this file, so it cannot be primary; upload your resume"
                " (CV) and mark that one.", argument="id", reason="NO_RESUME_CONTENT")
        cause = f"primary:{resume_id}:{int(primary)}:{new_id()}"
        rematch = self._matching.resume_set_changed(resume.owner_id, cause) if self._matching else []
        stored = await self._resumes.set_primary(resume_id, actor.id, primary, work=rematch)
        if stored is None:
            raise NotFound("No resume has that id.")
        return stored

    async def forget_files(self, resume_id: str, sha256: str) -> None:
        """The deleted resume's vector and file (idempotent: run inline and from the queue)."""
        if self._vectors is not None:
            await self._vectors.remove_resume(resume_id)
        await self._forget_blob(sha256, resume_id)

    async def _forget_blob(self, sha256: str, holder: str) -> None:
        # Blobs are content-addressed: another candidate may have uploaded the same bytes.
        await forget_blob(self._blobs, self._resumes, sha256, holder)

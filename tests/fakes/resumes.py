"""In-memory fakes of the resume pipeline's ports."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from domain.document_layout import LineLook
from domain.errors import BadUserInput
from domain.pagination import Page, PageRequest
from domain.ports.resumes import AddedResume
from domain.resumes import ParsedResume, Resume, ResumeStatus, SkillEntry


class FakeResumes:
    """ResumeRepository in memory; runs the resume and primary-resume contracts beside SQLite
    and DynamoDB (tests/integration/contract/)."""

    def __init__(self, *resumes: Resume) -> None:
        self.rows = {r.id: r for r in resumes}
        self.work: list = []  # work handed with status changes, as a real repository stores it

    async def add(self, resume: Resume, max_per_owner: int, work=()) -> tuple[Resume, bool]:
        added = await self.add_or_find(resume, max_per_owner, work)
        return added.resume, added.created

    async def add_or_find(self, resume: Resume, max_per_owner: int, work=()) -> AddedResume:
        mine = [r for r in self.rows.values() if r.owner_id == resume.owner_id]
        existing = next((r for r in mine if r.sha256 == resume.sha256), None)
        if existing is not None:
            if existing.sent_to_employer or existing.filename == resume.filename:  # an employer has it under its name
                return AddedResume(existing, False)
            self.rows[existing.id] = existing.model_copy(update={"filename": resume.filename})
            return AddedResume(self.rows[existing.id], False, existing.filename)
        if len(mine) >= max_per_owner:
            raise BadUserInput(
                f"A candidate may keep at most {max_per_owner} resumes; delete one before uploading another.",
                field="file",
            )
        self.rows[resume.id] = resume
        self.work.extend(work)
        return AddedResume(resume, True)

    async def get_many(self, ids):
        return [self.rows.get(i) for i in ids]

    async def by_owners(self, owner_ids, selector, page: PageRequest) -> list[Page[Resume]]:
        return [self._page(owner_id, page) for owner_id in owner_ids]

    def _page(self, owner_id: str, page: PageRequest) -> Page[Resume]:
        def position(resume: Resume) -> tuple[str, str]:
            return resume.uploaded_at.isoformat(), resume.id

        mine = sorted((r for r in self.rows.values() if r.owner_id == owner_id), key=position, reverse=True)
        after = [r for r in mine if page.after is None or position(r) < tuple(page.after)]
        kept = after[:page.first]
        return Page(kept, [position(r) for r in kept], len(after) > page.first, len(mine))

    async def delete(self, resume_id: str, work=()) -> Resume | None:
        removed = self.rows.pop(resume_id, None)
        if removed is not None:
            self.work.extend(work)
        return removed

    async def sha_in_use(self, sha256: str) -> bool:
        return any(r.sha256 == sha256 for r in self.rows.values())

    async def unfinished_ids(self) -> list[str]:
        return [r.id for r in self.rows.values() if r.status in (ResumeStatus.UPLOADED, ResumeStatus.PROCESSING)]

    async def set_status(self, resume_id, status, failure_reason=None, parsed=None, work=()):
        self.work.extend(work)
        update = {"status": status, "failure_reason": failure_reason}
        if parsed is not None:
            update["parsed"] = parsed
        self.rows[resume_id] = self.rows[resume_id].model_copy(update=update)

    async def retry_failed(self, resume_id, work=()):
        resume = self.rows.get(resume_id)
        if resume is None or resume.status is not ResumeStatus.FAILED:
            return False
        self.work.extend(work)
        self.rows[resume_id] = resume.model_copy(update={"status": ResumeStatus.UPLOADED, "failure_reason": None})
        return True

    async def set_primary(self, resume_id, owner_id, primary, work=()):
        resume = self.rows.get(resume_id)
        if resume is None or resume.owner_id != owner_id:
            return None
        if resume.primary != primary:
            self.work.extend(work)
            if primary:
                for other in [r for r in self.rows.values() if r.owner_id == owner_id and r.primary]:
                    self.rows[other.id] = other.model_copy(update={"primary": False})
            self.rows[resume_id] = resume.model_copy(update={"primary": primary})
        return self.rows[resume_id]


@dataclass
class Extracted:
    text: str
    pages: int = 1
    used_ocr: bool = False
    looks: tuple[LineLook, ...] = field(default=())


class ScriptedExtractor:
    """Answers from a script, one entry per call: text, or an exception to raise."""

    def __init__(self, *script) -> None:
        self.script = list(script)
        self.calls = 0

    async def extract(self, data: bytes, content_type: str):
        step = self.script[min(self.calls, len(self.script) - 1)]
        self.calls += 1
        if isinstance(step, Exception):
            raise step
        return Extracted(step)


class WordParser:
    """Takes the first line as the name and every capitalised word after it as a skill."""

    async def parse(self, text: str, looks: Sequence[LineLook] = ()) -> ParsedResume:
        first, _, rest = text.partition("\n")
        return ParsedResume(name=first.strip(), skills=[SkillEntry(name=w) for w in rest.split() if w[:1].isupper()])


class RecordingIndexer:
    def __init__(self) -> None:
        self.indexed: list[str] = []
        self.texts: list[str] = []
        self.parsed: list[ParsedResume] = []

    async def index_resume(self, resume, parsed, text) -> None:
        self.indexed.append(resume.id)
        self.texts.append(text)
        self.parsed.append(parsed)


class RecordingRecomputations:
    """Stands in for the matching engine's recomputation of a candidate."""

    def __init__(self) -> None:
        self.candidates: list[str] = []

    async def match_candidate(self, user_id: str) -> object:
        self.candidates.append(user_id)
        return []




class RecordingProgress:
    """The ReembeddingProgress of a backend whose queue cannot say what is pending (SQS)."""

    def __init__(self) -> None:
        self.reported: list[str] = []

    async def resume_reembedded(self, resume_id: str) -> None:
        self.reported.append(resume_id)

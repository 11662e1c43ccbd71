"""In-memory fakes of the resume pipeline's ports."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from domain.document_layout import LineLook
from domain.resumes import ParsedResume, Resume, SkillEntry


class FakeResumes:
    def __init__(self, *resumes: Resume) -> None:
        self.rows = {r.id: r for r in resumes}
        self.work: list = []  # work handed with status changes, as a real repository stores it

    async def get_many(self, ids):
        return [self.rows.get(i) for i in ids]

    async def set_status(self, resume_id, status, failure_reason=None, parsed=None, work=()):
        self.work.extend(work)
        update = {"status": status, "failure_reason": failure_reason}
        if parsed is not None:
            update["parsed"] = parsed
        self.rows[resume_id] = self.rows[resume_id].model_copy(update=update)

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


class FakeBlobs:
    def __init__(self, blobs: dict[str, bytes]) -> None:
        self.blobs = blobs

    async def get(self, key: str) -> bytes:
        return self.blobs[key]


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



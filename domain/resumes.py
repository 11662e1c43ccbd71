"""Resumes and what parsing makes of them (mirrors the contract's ParsedResume)."""
from __future__ import annotations

from datetime import datetime
from enum import Enum

from pydantic import BaseModel, Field

from domain.skills import SkillKind


class ResumeStatus(str, Enum):
    UPLOADED = "UPLOADED"
    PROCESSING = "PROCESSING"
    PARSED = "PARSED"
    FAILED = "FAILED"
    # Never stored: what an application shows for a resume its owner deleted after applying
    # with it, so the employer does not read a deletion as a processing failure.
    DELETED = "DELETED"


class SkillEntry(BaseModel):
    name: str
    kind: SkillKind = SkillKind.SKILL
    level: str | None = None  # a language's level as written ("conversational", "C1")


class ExperienceEntry(BaseModel):
    title: str | None = None
    company: str | None = None
    start_date: str | None = None  # ISO "YYYY-MM" (or "YYYY") as written in the resume
    end_date: str | None = None
    current: bool = False
    description: str | None = None
    # Where the job was, as written beside it ("Leeds", "Columbus, OH"); None when the résumé
    # does not say, and for résumés parsed before it was read.
    location: str | None = None


class EducationEntry(BaseModel):
    institution: str | None = None
    degree: str | None = None
    field: str | None = None
    graduation_year: int | None = None


class ParsedConfidence(BaseModel):
    """How sure the parser is of each field, 0..1. A field it was too unsure of is left
    empty (its confidence then says how little there was to go on)."""
    name: float = 0.0
    email: float = 0.0
    phone: float = 0.0
    location: float = 0.0
    skills: float = 0.0
    experience: float = 0.0
    education: float = 0.0


class ParsedResume(BaseModel):
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    location: str | None = None
    summary: str | None = None
    skills: list[SkillEntry] = Field(default_factory=list)
    experience: list[ExperienceEntry] = Field(default_factory=list)
    education: list[EducationEntry] = Field(default_factory=list)
    total_years_experience: float | None = None
    confidence: ParsedConfidence = Field(default_factory=ParsedConfidence)
    # Raw section texts keyed by canonical section name (experience, education, skills,
    # certifications, projects, summary); kept for embedding and explanations.
    sections: dict[str, str] = Field(default_factory=dict)
    # The letters of the text the parser was given, and how many of them are of the Latin
    # alphabet (domain.resume_warnings.letters_of; None when parsed before they were kept): a
    # long text read as almost nothing (an Arabic résumé) is something its owner is told.
    text_letters: int | None = None
    latin_letters: int | None = None


class Resume(BaseModel):
    id: str
    owner_id: str
    filename: str
    content_type: str
    size_bytes: int
    sha256: str
    status: ResumeStatus = ResumeStatus.UPLOADED
    failure_reason: str | None = None
    uploaded_at: datetime
    parsed: ParsedResume | None = None
    # The owner's chosen resume: while it is parsed, matching reads it alone (at most one
    # per owner, kept so by the repository).
    primary: bool = False
    # An organization received it with an application (set in the application's own write).
    # From then on its file name is what employers were sent: the same bytes uploaded again
    # under another name no longer rename it (ResumeRepository.add).
    sent_to_employer: bool = False

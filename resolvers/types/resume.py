from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from domain.resume_warnings import ResumeWarning, resume_warnings
from domain.resumes import ExperienceEntry, ParsedResume, Resume
from domain.skills import SkillKind as _SkillKind
from resolvers.context import Info
from resolvers.ids import to_global_id
from resolvers.permissions import ContactData
from resolvers.types.common import Node
from resolvers.types.enums import ResumeStatus
from resolvers.types.resume_warning import ResumeWarningType

if TYPE_CHECKING:
    from resolvers.types.user import UserType


strawberry.enum(_SkillKind, name="SkillKind", description=(
    "What a skill is: a SKILL (an ability or knowledge), a TOOL (software, equipment), a "
    "CERTIFICATION (a licence or certification) or a LANGUAGE."))
SkillKind = _SkillKind


@strawberry.type(name="SkillEntry")
class SkillEntryType:
    name: str = strawberry.field(description="Canonical skill name, e.g. 'PostgreSQL' for 'postgres'.")
    kind: SkillKind = strawberry.field(default=_SkillKind.SKILL, description="What kind of skill this is.")
    level: str | None = strawberry.field(
        default=None, description="A language's level as the resume states it, e.g. 'fluent' or 'C1'.")


@strawberry.type(name="ParsedConfidence", description=(
    "How sure parsing is of each field, from 0 to 1. A field it was too unsure of is left empty."))
class ParsedConfidenceType:
    name: float
    email: float
    phone: float
    location: float
    skills: float
    experience: float
    education: float


@strawberry.type(name="ExperienceEntry")
class ExperienceEntryType:
    owner_id: strawberry.Private[str]
    # Where the job was: contact data, like the résumé's own place (the towns a person worked
    # in, the latest above all, say where they live). The employer is not: it is what the
    # résumé says the person did, read by a recruiter before any application.
    town: strawberry.Private[str | None]
    title: str | None
    company: str | None
    start_date: str | None
    end_date: str | None
    current: bool
    description: str | None

    @classmethod
    def from_domain(cls, owner_id: str, entry: ExperienceEntry) -> ExperienceEntryType:
        return cls(owner_id=owner_id, town=entry.location, title=entry.title, company=entry.company,
                   start_date=entry.start_date, end_date=entry.end_date, current=entry.current,
                   description=entry.description)

    @strawberry.field(description=(
        "Where the job was, as the resume writes it beside the job, e.g. 'Leeds' or 'Columbus, OH'; "
        "null when the resume does not say (and for resumes parsed before it was read). Contact data "
        "like the resume's location: the person, admins and organizations they applied to; null for anyone else."),
        extensions=[ContactData(lambda source: source.owner_id)])
    def location(self) -> str | None:
        return self.town


@strawberry.type(name="EducationEntry")
class EducationEntryType:
    institution: str | None
    degree: str | None
    field: str | None
    graduation_year: int | None


def _owner(source: ParsedResumeType) -> str:
    return source.owner_id


@strawberry.type(name="ParsedResume")
class ParsedResumeType:
    owner_id: strawberry.Private[str]
    parsed: strawberry.Private[ParsedResume]
    summary: str | None
    skills: list[SkillEntryType]
    experience: list[ExperienceEntryType]
    education: list[EducationEntryType]
    total_years_experience: float | None
    confidence: ParsedConfidenceType = strawberry.field(
        description="How sure parsing is of each field (0 to 1); unsure fields are left empty.")

    @classmethod
    def from_domain(cls, owner_id: str, parsed: ParsedResume) -> ParsedResumeType:
        return cls(
            owner_id=owner_id,
            parsed=parsed,
            summary=parsed.summary,
            skills=[SkillEntryType(name=s.name, kind=s.kind, level=s.level) for s in parsed.skills],
            experience=[ExperienceEntryType.from_domain(owner_id, e) for e in parsed.experience],
            education=[EducationEntryType(**e.model_dump()) for e in parsed.education],
            total_years_experience=parsed.total_years_experience,
            confidence=ParsedConfidenceType(**parsed.confidence.model_dump()),
        )

    @strawberry.field(extensions=[ContactData(_owner)])
    def name(self) -> str | None:
        return self.parsed.name

    @strawberry.field(extensions=[ContactData(_owner)])
    def email(self) -> str | None:
        return self.parsed.email

    @strawberry.field(extensions=[ContactData(_owner)])
    def phone(self) -> str | None:
        return self.parsed.phone

    @strawberry.field(extensions=[ContactData(_owner)])
    def location(self) -> str | None:
        return self.parsed.location


@strawberry.type(name="Resume")
class ResumeType(Node):
    resume: strawberry.Private[Resume]
    id: strawberry.ID
    filename: str
    content_type: str
    size_bytes: int
    status: ResumeStatus
    failure_reason: str | None = strawberry.field(description="Why processing failed, in words a person can act on.")
    uploaded_at: datetime
    primary: bool = strawberry.field(description=(
        "Marked by its owner as the resume to match from: while it is parsed, every match comes from "
        "it alone (unless nothing of a resume was recognised in it: warning NO_RESUME_CONTENT). When no resume"
        " is primary, each match comes from the resume that fits the job best."))
    # Told only in the answer to the upload that caused them (domain.services.resumes.upload_warnings)
    upload_warnings: strawberry.Private[tuple[ResumeWarning, ...]] = ()

    @classmethod
    def from_domain(cls, resume: Resume, upload_warnings: Sequence[ResumeWarning] = ()) -> ResumeType:
        return cls(
            resume=resume,
            upload_warnings=tuple(upload_warnings),
            id=strawberry.ID(to_global_id("Resume", resume.id)),
            filename=resume.filename,
            content_type=resume.content_type,
            size_bytes=resume.size_bytes,
            status=resume.status,
            failure_reason=resume.failure_reason,
            uploaded_at=resume.uploaded_at,
            primary=resume.primary,
        )

    @strawberry.field
    async def owner(self, info: Info) -> Annotated[UserType, strawberry.lazy("resolvers.types.user")]:
        from resolvers.types.user import UserType, former_candidate

        user = await info.context.loaders.user_by_id.load(self.resume.owner_id)
        # None only for a deleted resume's stand-in whose owner then erased their account.
        return UserType.from_domain(user) if user else former_candidate(self.resume.owner_id, self.resume.uploaded_at)

    @strawberry.field(
        description="A link to download the original file, valid for a short time. The owner, admins and "
        "organizations the owner applied to; null for anyone else.",
        extensions=[ContactData(lambda source: source.resume.owner_id)],
    )
    async def download_url(self, info: Info) -> str | None:
        if not self.resume.sha256:  # a deleted resume's stand-in: no file
            return None
        return await info.context.services.blobs.download_url(self.resume.sha256, self.resume.filename)

    @strawberry.field(description=(
        "What its owner should act on although processing succeeded, e.g. NO_RESUME_CONTENT when "
        "nothing of a resume was recognised in the file; in the answer to an upload, ALREADY_UPLOADED when the "
        "very same file was one of yours already (nothing new stored: the resume you had is returned) and "
        "NAME_KEPT_AS_SENT when the file, already sent to an employer, kept the name it was sent under; empty "
        "when there is nothing to say."))
    def warnings(self) -> list[ResumeWarningType]:
        return [ResumeWarningType.from_domain(w) for w in (*resume_warnings(self.resume), *self.upload_warnings)]

    @strawberry.field
    def parsed(self) -> ParsedResumeType | None:
        if self.resume.parsed is None:
            return None
        return ParsedResumeType.from_domain(self.resume.owner_id, self.resume.parsed)

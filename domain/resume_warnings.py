"""What a PARSED resume's owner should know about it: parsing that recognised nothing of a
resume (a shopping list, a letter, the wrong file) still succeeds, so the owner is told so,
and what to upload, rather than left reading a profile with every field empty."""
from __future__ import annotations

from enum import Enum

from pydantic import BaseModel

from domain.resumes import ParsedResume, Resume, ResumeStatus


class ResumeWarningCode(str, Enum):
    NO_RESUME_CONTENT = "NO_RESUME_CONTENT"
    NAME_KEPT_AS_SENT = "NAME_KEPT_AS_SENT"


class ResumeWarning(BaseModel):
    code: ResumeWarningCode
    message: str


NO_RESUME_CONTENT = (
    "No résumé content was recognised in this file: no contact details, work experience, "
    "education or skills. Check it is the file you meant, then upload your résumé (CV) as a PDF, "
    "Word (.docx) or text file; matching has nothing to go on until then."
)


def recognised_nothing(parsed: ParsedResume) -> bool:
    """True when parsing found none of what makes a resume. A name, a place or a summary alone
    does not count: any text has a first line to take for a name and a first paragraph, and a
    shopping list can name a town."""
    return not (parsed.email or parsed.phone or parsed.skills or parsed.experience or parsed.education)


def name_kept_as_sent(asked_name: str, stored: Resume) -> list[ResumeWarning]:
    """Told in the answer to an upload of a file the owner already has, under another name,
    that went to an employer with an application: it keeps the name it was sent under (a
    rename would change, unannounced, the file every organization that has it sees), and
    the person, who asked for another name, is told why it did not take."""
    if not stored.sent_to_employer or stored.filename == asked_name:
        return []
    return [ResumeWarning(code=ResumeWarningCode.NAME_KEPT_AS_SENT, message=(
        f"This file is already among your résumés as “{stored.filename}” and was sent to an employer "
        f"under that name with an application, so it keeps that name rather than “{asked_name}”: "
        "the employers who received it see the same file name you do."))]


def resume_warnings(resume: Resume) -> list[ResumeWarning]:
    """Worked out when read, so resumes parsed before this existed are told too."""
    if resume.status is ResumeStatus.PARSED and resume.parsed is not None and recognised_nothing(resume.parsed):
        return [ResumeWarning(code=ResumeWarningCode.NO_RESUME_CONTENT, message=NO_RESUME_CONTENT)]
    return []

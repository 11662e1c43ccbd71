"""A PARSED resume's warnings: something its owner should act on although parsing succeeded."""
from __future__ import annotations

import strawberry

from domain.resume_warnings import ResumeWarning
from domain.resume_warnings import ResumeWarningCode as _ResumeWarningCode

strawberry.enum(_ResumeWarningCode, name="ResumeWarningCode", description=(
    "NO_RESUME_CONTENT: the file was read but nothing of a resume was recognised in it (no "
    "contact details, experience, education or skills); upload the resume itself. NAME_KEPT_AS_SENT (only "
    "in the answer to an upload): the file uploaded is one of yours already, sent to an employer with an "
    "application, so it keeps the name it was sent under instead of the one uploaded with. LITTLE_READ: "
    "only contact details were read from a file with a whole résumé's text (in an alphabet the reader "
    "cannot read yet, such as Arabic, or in a layout it did not follow); the message says what to upload. "
    "ALREADY_UPLOADED (only in the answer to an upload): the very same file is one of your résumés already, "
    "so no second copy was stored and the résumé you had is the one returned."))
ResumeWarningCode = _ResumeWarningCode


@strawberry.type(name="ResumeWarning", description="Something about a resume its owner should act on.")
class ResumeWarningType:
    code: ResumeWarningCode
    message: str = strawberry.field(description="What was found and what to do, in words a person can act on.")

    @classmethod
    def from_domain(cls, warning: ResumeWarning) -> ResumeWarningType:
        return cls(code=warning.code, message=warning.message)

"""What a PARSED resume's owner should know about it: parsing that recognised nothing of a
resume (a shopping list, a letter, the wrong file) still succeeds, so the owner is told so,
and what to upload, rather than left reading a profile with every field empty. So is parsing
that read only contact details from a long text (LITTLE_READ): an Arabic résumé gave its e-mail
address alone, with no word to its owner, and would match poorly for ever."""
from __future__ import annotations

import unicodedata
from enum import Enum

from pydantic import BaseModel

from domain.resumes import ParsedResume, Resume, ResumeStatus


class ResumeWarningCode(str, Enum):
    NO_RESUME_CONTENT = "NO_RESUME_CONTENT"
    NAME_KEPT_AS_SENT = "NAME_KEPT_AS_SENT"
    LITTLE_READ = "LITTLE_READ"
    ALREADY_UPLOADED = "ALREADY_UPLOADED"


class ResumeWarning(BaseModel):
    code: ResumeWarningCode
    message: str


NO_RESUME_CONTENT = (
    "No résumé content was recognised in this file: no contact details, work experience, "
    "education or skills. Check it is the file you meant, then upload your résumé (CV) as a PDF, "
    "Word (.docx) or text file; matching has nothing to go on until then."
)


# A text with at least this many letters is a résumé's worth (a one-page CV has 1,500 or more);
# shorter, reading only contact details from it can be right (a cover sheet, a business card).
SUBSTANTIAL_LETTERS = 400
# Mostly in another alphabet, a few lines are enough: nothing of them could be read at all (a
# short Arabic résumé holds some 130 letters besides its e-mail address).
SUBSTANTIAL_OTHER_SCRIPT_LETTERS = 60
# Letters counted from the start of the text only: enough to tell its script, bounded in time.
_LETTERS_LOOKED_AT = 50_000
LITTLE_READ_OTHER_SCRIPT = (
    "Only contact details were read from this file: most of it is written in an alphabet other than"
    " the Latin one (such as Arabic), which the résumé reader cannot read yet, so your experience,"
    " education and skills are missing and matching has little to go on. Upload a version in English"
    " or another language written in the Latin alphabet."
)
LITTLE_READ = (
    "Only contact details were read from this file, though it holds much more text: no experience,"
    " education or skills were recognised, so matching has little to go on. Check that its sections"
    " have headings (such as Experience, Education, Skills) and its jobs dates, or upload it as a PDF,"
    " Word (.docx) or text file in a simpler layout."
)


def letters_of(text: str) -> tuple[int, int]:
    """(letters, Latin letters) of the start of `text`, for LITTLE_READ."""
    letters = latin = 0
    for ch in text[:_LETTERS_LOOKED_AT]:
        if ch.isalpha():
            letters += 1
            latin += unicodedata.name(ch, "").startswith("LATIN")
    return letters, latin


def in_another_script(parsed: ParsedResume) -> bool:
    """Most of the text's letters are not of the Latin alphabet."""
    return (parsed.latin_letters or 0) * 2 < (parsed.text_letters or 0)


def read_little(parsed: ParsedResume) -> bool:
    """Contact details only (or less), from a text long enough to be a whole résumé."""
    if parsed.skills or parsed.experience or parsed.education:
        return False
    letters = parsed.text_letters or 0
    return letters >= SUBSTANTIAL_LETTERS or (letters >= SUBSTANTIAL_OTHER_SCRIPT_LETTERS and in_another_script(parsed))


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


def already_uploaded(stored: Resume, *, read_again: bool, earlier_filename: str | None = None) -> ResumeWarning:
    """Told in the answer to an upload of bytes the owner already has: nothing new was stored
    (one résumé per file), so the person, who may have meant to add a version, is not left
    thinking there are now two. When and under which name they uploaded it first, so a file
    renamed since (this upload renamed the résumé: `earlier_filename`) is recognised.
    `read_again`: the one they had could not be read, and is now."""
    when = f"{stored.uploaded_at:%Y-%m-%d}"
    said = (f"This very file was already uploaded on {when} as “{earlier_filename}” and is among your résumés"
            if earlier_filename else
            f"This very file was already uploaded on {when} and is among your résumés as “{stored.filename}”")
    renamed = f", now shown as “{stored.filename}”, the name you gave it this time" if earlier_filename else ""
    if read_again:
        return ResumeWarning(code=ResumeWarningCode.ALREADY_UPLOADED, message=said + (
            f", so no second copy was stored{renamed}. It could not be read last time, so it is being read"
            " again now."))
    return ResumeWarning(code=ResumeWarningCode.ALREADY_UPLOADED, message=said + (
        f", so no second copy was stored: this is the résumé you already had{renamed}. To add a different"
        " version, upload the changed file."))


def resume_warnings(resume: Resume) -> list[ResumeWarning]:
    """Worked out when read, so resumes parsed before this existed are told too."""
    parsed = resume.parsed
    if resume.status is not ResumeStatus.PARSED or parsed is None:
        return []
    if recognised_nothing(parsed):
        return [ResumeWarning(code=ResumeWarningCode.NO_RESUME_CONTENT, message=NO_RESUME_CONTENT)]
    if read_little(parsed):
        return [ResumeWarning(code=ResumeWarningCode.LITTLE_READ,
                              message=LITTLE_READ_OTHER_SCRIPT if in_another_script(parsed) else LITTLE_READ)]
    return []

"""LITTLE_READ: an Arabic résumé gave its e-mail address alone, PARSED with no
warning. Contact details only, from a text with a résumé's worth of letters (a few lines when
they are mostly of another alphabet), is told to its owner with what to upload; a short text,
or one whose experience, education or skills were read, is not."""
from __future__ import annotations

from datetime import UTC, datetime

from domain.resume_warnings import ResumeWarningCode, letters_of, resume_warnings
from domain.resumes import EducationEntry, ParsedResume, Resume, ResumeStatus
from tests.resume_in_another_alphabet import ARABIC_RESUME


def _resume(parsed: ParsedResume) -> Resume:
    return Resume(id="r1", owner_id="u1", filename="cv.txt", content_type="text/plain", size_bytes=300,
                  sha256="a" * 64, status=ResumeStatus.PARSED, uploaded_at=datetime(2026, 1, 1, tzinfo=UTC),
                  parsed=parsed)


def _read(text: str, **found: object) -> ParsedResume:
    letters, latin = letters_of(text)
    return ParsedResume(email="leonor.rtl@example.com", text_letters=letters, latin_letters=latin, **found)


def test_an_arabic_resume_read_as_its_email_alone_says_to_upload_a_latin_alphabet_version():
    (warning,) = resume_warnings(_resume(_read(ARABIC_RESUME)))
    assert warning.code is ResumeWarningCode.LITTLE_READ
    assert "alphabet other than the Latin one" in warning.message and "Upload a version" in warning.message


def test_a_long_latin_text_read_as_contact_details_only_says_to_check_its_headings():
    (warning,) = resume_warnings(_resume(_read("Lorem ipsum dolor sit amet. " * 30)))
    assert warning.code is ResumeWarningCode.LITTLE_READ and "headings" in warning.message


def test_a_short_text_or_one_read_well_or_parsed_before_letters_were_kept_is_not_warned():
    assert resume_warnings(_resume(_read("Leonor Silva\nleonor@example.com\nDublin"))) == []
    assert resume_warnings(_resume(_read(ARABIC_RESUME, education=[EducationEntry(institution="Trinity College")]))) == []
    assert resume_warnings(_resume(ParsedResume(email="leonor.rtl@example.com"))) == []

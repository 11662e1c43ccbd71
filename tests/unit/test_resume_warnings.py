"""Which PARSED resumes are told nothing of a resume was recognised: a guessed name alone is
not a resume; any contact detail, skill, job or school is."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.resume_warnings import ResumeWarningCode, resume_warnings
from domain.resumes import EducationEntry, ExperienceEntry, ParsedResume, Resume, ResumeStatus, SkillEntry


def resume(parsed: ParsedResume | None, status: ResumeStatus = ResumeStatus.PARSED) -> Resume:
    return Resume(id="r1", owner_id="u1", filename="cv.txt", content_type="text/plain", size_bytes=10,
                  sha256="0" * 64, status=status, uploaded_at=datetime(2026, 1, 1, tzinfo=UTC),
                  parsed=parsed)


def test_a_guessed_name_a_place_and_a_paragraph_alone_are_no_resume():
    found = ParsedResume(name="Groceries", location="Leeds", summary="Milk and bread for the weekend.")
    assert [w.code for w in resume_warnings(resume(found))] == [ResumeWarningCode.NO_RESUME_CONTENT]


@pytest.mark.parametrize("found", [
    ParsedResume(email="rowan@example.org"),
    ParsedResume(phone="+44 113 496 0000"),
    ParsedResume(skills=[SkillEntry(name="Bricklaying")]),
    ParsedResume(experience=[ExperienceEntry(title="Baker")]),
    ParsedResume(education=[EducationEntry(institution="Harbourside College")]),
], ids=["email", "phone", "skill", "job", "school"])
def test_anything_of_a_resume_means_no_warning(found):
    assert resume_warnings(resume(found)) == []


@pytest.mark.parametrize("status", [ResumeStatus.UPLOADED, ResumeStatus.PROCESSING, ResumeStatus.FAILED])
def test_only_parsed_resumes_are_warned(status):
    assert resume_warnings(resume(None, status)) == []


def test_a_file_uploaded_again_is_told_when_and_under_which_name_it_came_first():
    from domain.resume_warnings import already_uploaded

    renamed = resume(None).model_copy(update={"filename": "cv_new.pdf"})
    said = already_uploaded(renamed, read_again=False, earlier_filename="cv_old.pdf").message
    assert "already uploaded on 2026-01-01 as “cv_old.pdf”" in said and "now shown as “cv_new.pdf”" in said
    kept = already_uploaded(renamed, read_again=False).message
    assert "already uploaded on 2026-01-01 and is among your résumés as “cv_new.pdf”" in kept
    assert "cv_old" not in kept and "now shown" not in kept
    again = already_uploaded(renamed, read_again=True, earlier_filename="cv_old.pdf").message
    assert "as “cv_old.pdf”" in again and "being read again" in again

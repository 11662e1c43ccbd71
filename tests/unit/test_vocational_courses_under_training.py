"""A vocational qualification a trade lists under "Training" or "Qualifications & Training",
with the school that taught it, is education as well as a credential; a course with no school
(a safety ticket, the Care Certificate) stays a credential only; nothing is counted twice.
Fictional résumés of three countries."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from tests.fakes.skill_relations import FakeSkillExtractor


def education(text: str) -> list[tuple[str | None, str | None, int | None]]:
    parsed = RuleBasedResumeParser(FakeSkillExtractor()).parse_text(text)
    return [(e.degree, e.institution, e.graduation_year) for e in parsed.education]


@pytest.mark.parametrize("heading, line, entry", [
    ("Training", "Certificate III in Electrotechnology Electrician (UEE30811), TAFE Queensland, 2015",
     ("Certificate III in Electrotechnology Electrician (UEE30811)", "TAFE Queensland", 2015)),
    ("Training", "NVQ Level 2 Health and Social Care, Bristol College, 2017",
     ("NVQ Level 2 Health and Social Care", "Bristol College", 2017)),
    ("Courses", "Diploma in Welding Technology, Houston Community College, 2012",
     ("Diploma in Welding Technology", "Houston Community College", 2012)),
])
def test_a_course_at_a_school_is_education(heading, line, entry):
    text = f"Sam Reed\nsam.reed@example.com\n\nExperience\nElectrician, Downer, 2016 - 2021\n\n{heading}\n{line}\n"
    assert education(text) == [entry]


def test_courses_without_a_school_are_no_education():
    text = ("Grace Mensah\ngrace@example.com\n\nExperience\nCare Assistant, Bupa, 2018 - 2021\n\nTraining\n"
            "Care Certificate, NVQ Level 3 Health and Social Care, Safeguarding Adults, First Aid at Work\n"
            "Working at Heights, 2019\n")
    assert education(text) == []


def test_a_course_already_in_the_education_section_is_not_counted_twice():
    text = ("Sam Reed\nsam.reed@example.com\n\nEducation\nNVQ Level 2 Health and Social Care, Bristol College, 2017\n\n"
            "Training\nNVQ Level 2 Health and Social Care, Bristol College, 2017\n")
    assert education(text) == [("NVQ Level 2 Health and Social Care", "Bristol College", 2017)]

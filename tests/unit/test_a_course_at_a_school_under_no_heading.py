"""A résumé with no headings at all: a course with the school that taught it and its year
("Certificate IV in Fitness, Riverbank Institute of TAFE, 2019") is schooling, not a licence.
Fictional résumés, the shipped taxonomy."""
from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import TaxonomySkillExtractor

UNHEADED = """Keira Dunstan

Geelong VIC | 0411 555 302 | keira.dunstan@example.com

Personal Trainer at Pulse Fitness, Geelong (2020 - now)
Gym Attendant at Bay Leisure Centre, Geelong (2018 - 2020)

{course}

Program design; Group classes; Nutrition coaching
"""


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()), today=lambda: date(2026, 1, 1))


@pytest.mark.parametrize("course, degree, school", [
    ("Certificate IV in Fitness, Riverbank Institute of TAFE, 2019", "Certificate IV in Fitness", "Riverbank Institute of TAFE"),
    ("Diploma of Sport Coaching, Coastline College, 2017", "Diploma of Sport Coaching", "Coastline College"),
])
def test_the_course_is_an_education_entry(parser, course, degree, school):
    parsed = parser.parse_text(UNHEADED.format(course=course))
    assert [(e.degree, e.institution, e.graduation_year) for e in parsed.education] == [
        (degree, school, int(course[-4:]))]

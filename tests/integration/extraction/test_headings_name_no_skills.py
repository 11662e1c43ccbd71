"""With the shipped taxonomy: a résumé without a skills section has the skills its text names,
but not those its section headings seem to name ("CLINICAL EXPERIENCE" read as the tool Oracle
Clinical); what a heading line holds after its colon is text like any other."""
from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

NURSE = """AOIFE BYRNE, RGN
Cork, Ireland | aoife.byrne@example.ie

PERSONAL STATEMENT
Ward nurse experienced in wound care and patient assessment.

CLINICAL EXPERIENCE
Staff Nurse, Cork University Hospital
Mar 2018 - Present
- Wound care and medication administration on a surgical ward

EDUCATION
BSc Nursing, University College Cork, 2018
"""

DRIVER = """Dale Okafor
Tulsa, OK | dale@example.com

Summary: Class A CDL driver with Hazmat endorsement and forklift operation.

WORK HISTORY
OTR Driver, Prairie Freight Lines
2016 - 2024
"""


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 1, 1))


def test_a_heading_names_no_skill(parser):
    names = {s.name.casefold() for s in parser.parse_text(NURSE).skills}
    assert "clinical" not in names and "oracle clinical" not in names
    assert {"wound care", "medication administration"} <= names


def test_the_text_after_a_headings_colon_still_names_skills(parser):
    names = {s.name.casefold() for s in parser.parse_text(DRIVER).skills}
    assert "hazmat" in " ".join(names) and "class a cdl" in names

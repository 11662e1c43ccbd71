"""A school attended from a year to the present ("2021 - present") has no graduation year yet:
the start year is no year of graduation; a range in brackets after a school closes on its end
year and leaves the school's name whole (fictional résumés)."""
import asyncio

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _education(body):
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(f"Kofi Mensah\n\nEducation\n{body}\n"))
    return [(e.institution, e.graduation_year) for e in parsed.education]


@pytest.mark.parametrize("body", [
    "Tamale Senior High School, 2021 - present\nWASSCE (expected)",
    "Tamale Senior High School (2021 - Present)\nWASSCE (expected)",
])
def test_studies_under_way_have_no_graduation_year(body):
    assert _education(body) == [("Tamale Senior High School", None)]


def test_a_range_in_brackets_after_a_school_closes_on_its_end_year():
    assert _education("Prempeh College (2012 - 2015)\nWASSCE") == [("Prempeh College", 2015)]

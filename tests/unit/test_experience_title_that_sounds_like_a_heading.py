"""A job title that is also a heading's word ("Software", "Training", "Languages") written
right under the experience heading, over its employer and dates, is the first job, not a new
section (fictional résumés)."""
import asyncio

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _parse(text):
    return asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))


@pytest.mark.parametrize("title", ["Software", "software", "Training"])
def test_a_heading_word_over_an_employer_and_dates_is_the_first_job(title):
    text = (f"Kavya Menon\nKochi, Kerala\n\nWORK EXPERIENCE\n\n{title}\n\nHarbourline Logistics -\n\n"
            f"2019 to Present\n\n• Ran the weekly reports\n\nEDUCATION\n\nB.Com\n\nSt. Teresa College\n\n2018")
    parsed = _parse(text)
    assert [(e.title, e.company) for e in parsed.experience] == [(title, "Harbourline Logistics")]
    assert parsed.education[0].degree == "B.Com"


def test_a_real_heading_after_an_empty_experience_heading_still_opens_its_section():
    text = ("Kavya Menon\nKochi, Kerala\n\nWORK EXPERIENCE\n\nEducation\n\nB.Com, St. Teresa College\n\n"
            "2015 to 2018\n\nSKILLS\n\nTally, Excel")
    parsed = _parse(text)
    assert parsed.experience == []
    assert parsed.education[0].institution == "St. Teresa College"

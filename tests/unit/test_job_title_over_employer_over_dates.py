"""Jobs written on three lines ("Title" / "Employer — Town" / "dates") under a capitalised
heading: a later job's title that reads like a heading's word ("Youth Educator", "Outdoor Education Instructor") is the next job, not a new section (fictional résumés)."""
import asyncio

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _parse(text):
    return asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))


@pytest.mark.parametrize("title", ["Youth Educator", "Outdoor Education Instructor"])
def test_the_second_job_of_three_line_headers_is_kept(title):
    text = ("Marisol Quenneville\nSudbury, ON | 705-555-0199 | marisol.q@example.ca\n\n"
            "WORK HISTORY\nProgram Lead\nNickel Valley Community Centre — Sudbury, ON\n"
            "March 2021 – present\n- Ran the after-school program\n\n"
            f"{title}\nLakehead Recreation Society — Thunder Bay, ON\nMay 2016 – February 2021\n\n"
            "EDUCATION\nCambrian College — Recreation Leadership Diploma — 2016\n")
    parsed = _parse(text)
    assert [(e.title, e.company) for e in parsed.experience] == [
        ("Program Lead", "Nickel Valley Community Centre"), (title, "Lakehead Recreation Society")]
    assert [e.institution for e in parsed.education] == ["Cambrian College"]


def test_a_plain_heading_after_the_jobs_still_opens_its_section():
    text = ("Marisol Quenneville\nSudbury, ON | 705-555-0199\n\nWORK HISTORY\nProgram Lead\n"
            "Nickel Valley Community Centre — Sudbury, ON\nMarch 2021 – present\n\n"
            "Education\nRecreation Leadership Diploma\nCambrian College, 2014 – 2016\n")
    parsed = _parse(text)
    assert len(parsed.experience) == 1
    assert parsed.education[0].institution.startswith("Cambrian College")

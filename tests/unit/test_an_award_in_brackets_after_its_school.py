"""The award written in brackets after the school or its faculty ("Keio University, Faculty of
Law (Bachelor of Laws)", "University of Ghana (BSc Nursing)") is the entry's degree; brackets
after a degree stay part of it ("Bachelor of Business (Marketing)") (fictional résumés)."""
import asyncio

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _education(line: str) -> list[tuple[str | None, str | None, int | None]]:
    text = f"Yuki Mori\n\nEDUCATION\n{line}\n"
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))
    return [(e.institution, e.degree, e.graduation_year) for e in parsed.education]


@pytest.mark.parametrize(("line", "entry"), [
    ("Mar. 2016  Waseda University, Faculty of Law (Bachelor of Laws)", ("Waseda University", "Bachelor of Laws", 2016)),
    ("University of Ghana (BSc Nursing), 2018", ("University of Ghana", "BSc Nursing", 2018)),
    ("Bachelor of Business (Marketing), Western Sydney University, 2014",
     ("Western Sydney University", "Bachelor of Business (Marketing)", 2014)),
])
def test_the_award_in_brackets_is_the_degree(line, entry):
    assert _education(line) == [entry]

"""A department or faculty written between a title and its employer ("Lecturer, Department of
Botany, University of Ibadan") is where in the employer the job was; the employer is the
institution named after it (fictional résumés)."""
import asyncio

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _jobs(line):
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(f"Ifeoma Chukwu\n\nEXPERIENCE\n{line}\n"))
    return [(e.title, e.company) for e in parsed.experience]


@pytest.mark.parametrize(("line", "title", "employer"), [
    ("2018–present  Senior Lecturer, Department of Plant Science, University of Jos", "Senior Lecturer", "University of Jos"),
    ("Teaching Fellow, Faculty of Engineering, Universiti Malaya, 2014 - 2017", "Teaching Fellow", "Universiti Malaya"),
    ("Payroll Officer, Finance Department, Nairobi Bottlers Ltd, 2011 - 2013", "Payroll Officer", "Nairobi Bottlers Ltd"),
])
def test_the_institution_after_the_department_is_the_employer(line, title, employer):
    assert _jobs(line) == [(title, employer)]

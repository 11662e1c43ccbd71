"""Dates, then a title with a note after a comma ("Class Teacher, Grade 3"), and the employer on
the line below: the line below names the employer, the comma only the title's note."""
from __future__ import annotations

from adapters.embedded.parsing.experience import parse_experience

DATES_LEFT = """\
08/2020 - present    Class Teacher, Grade 3
                     Greenfield Primary School, Kampala
01/2016 - 07/2020    Nursery Teacher
                     Little Stars Academy, Entebbe
"""

EMPLOYER_OVER_EACH_JOB = """\
Greenfield Primary School
Class Teacher, Grade 3    2020 - present
Little Stars Academy
Nursery Teacher, Baby Class    2016 - 2020
"""


def test_the_employer_below_a_title_and_its_note() -> None:
    entries, _ = parse_experience(DATES_LEFT)
    assert [(e.title, e.company) for e in entries] == [
        ("Class Teacher, Grade 3", "Greenfield Primary School"), ("Nursery Teacher", "Little Stars Academy")]


def test_an_employer_over_the_next_job_stays_with_it() -> None:
    entries, _ = parse_experience(EMPLOYER_OVER_EACH_JOB)
    assert [e.company for e in entries] == ["Greenfield Primary School", "Little Stars Academy"]

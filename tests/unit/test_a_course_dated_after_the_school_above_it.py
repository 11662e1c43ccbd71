"""A line dated to another year under a school whose year is read is a course taken after it
("First Aid Instructor NC III, TESDA, 2015" under a high school of 2011), not that school's
award; a year in brackets after a dash closes such a line as after a comma (fictional résumés)."""
import asyncio

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _education(body):
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(f"Rowena Dizon\n\nEducation\n{body}\n"))
    return [(e.institution, e.degree, e.graduation_year) for e in parsed.education]


def test_a_course_of_a_later_year_is_an_entry_of_its_own():
    rows = _education("Marikina Science High School\n2007 - 2011\nFirst Aid Instructor NC III, TESDA, 2015")
    assert rows == [("Marikina Science High School", None, 2011), ("TESDA", "First Aid Instructor NC III", 2015)]


def test_a_year_in_brackets_after_a_dash():
    rows = _education("Bread and Pastry Production NC II - TESDA (2014)")
    assert rows == [("TESDA", "Bread and Pastry Production NC II", 2014)]


def test_the_degree_of_the_same_year_stays_with_its_school():
    rows = _education("University of Cape Coast, 2012 - 2016\nBachelor of Education, 2016")
    assert [(r[1], r[2]) for r in rows] == [("Bachelor of Education", 2016)]

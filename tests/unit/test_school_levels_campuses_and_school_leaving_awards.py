"""A school level as a label ("Secondary: ..."), a school's campus after its name, the German
and South African school-leaving awards ("Fachgebundene Hochschulreife", "Grade 12") and a
year on a labelled award line are read into their fields (fictional résumés)."""
import asyncio

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _education(body):
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(f"Joy Ann Magbanua\n\nEDUCATION\n{body}\n"))
    return [(e.institution, e.degree, e.graduation_year) for e in parsed.education]


def test_a_secondary_level_label_leaves_the_school_as_the_institution():
    assert _education("Secondary: Bacolod City National High School\n2006 - 2010") == [
        ("Bacolod City National High School", "Secondary", 2010)]


def test_a_campus_after_a_school_stays_with_that_school():
    [(school, degree, year)] = _education(
        "2012 - 2015: Coast Institute of Technology (CIT), Voi Campus\nDiploma in Electrical Engineering")
    assert school == "Coast Institute of Technology (CIT), Voi Campus"
    assert degree == "Diploma in Electrical Engineering" and year == 2015


def test_a_german_school_leaving_award_under_its_dates():
    rows = _education("09/2004 – 06/2013     Fachgebundene Hochschulreife\n"
                      "                      Friedrich-Ebert-Gymnasium Bremen")
    assert rows == [("Friedrich-Ebert-Gymnasium Bremen", "Fachgebundene Hochschulreife", 2013)]


def test_a_highest_grade_label_and_its_year():
    rows = _education("Highest grade passed: Grade 12 (2009)\nSchool: Mthatha High School")
    assert rows == [("Mthatha High School", "Grade 12", 2009)]

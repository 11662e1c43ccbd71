"""A job written as labelled lines ("Position:", "Employer:", "Inclusive Dates:" / "Period:" /
"Duration:"), as Philippine and other CVs write it: the labels of its dates name no title; a
school's "Inclusive dates of attendance:" line gives its year; a licence exam's result after
its name ("– Passed") is no part of the credential. Invented résumés, shipped taxonomy."""
import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import TaxonomySkillExtractor


@pytest.fixture(scope="module")
def parser():
    return RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()))


@pytest.mark.parametrize("label", ["Inclusive Dates", "Inclusive dates of employment", "Period", "Duration"])
def test_a_labelled_date_line_names_no_title(parser, label):
    text = ("Rosalind Bautista\nMidwife\n\nWORK EXPERIENCE\nPosition: Delivery Room Midwife\n"
            f"Employer: Davao Doctors Hospital\n{label}: August 2017 – Present\n\n"
            "Position: Clinic Midwife\nEmployer: Tagum Birthing Home\n"
            f"{label}: June 2014 – July 2017\n")
    jobs = parser.parse_text(text).experience
    assert [(j.title, j.company) for j in jobs] == [("Delivery Room Midwife", "Davao Doctors Hospital"),
                                                    ("Clinic Midwife", "Tagum Birthing Home")]


def test_inclusive_dates_of_attendance_give_the_schools_year(parser):
    text = ("Rosalind Bautista\nMidwife\n\nEDUCATION\nBachelor of Science in Midwifery\n"
            "Southern Philippines Medical College\nInclusive dates of attendance: 2010 – 2014\n")
    [school] = parser.parse_text(text).education
    assert school.graduation_year == 2014


@pytest.mark.parametrize("line", ["Midwife Licensure Examination (MLE) – Passed", "Midwife Licensure Examination (MLE) - passed"])
def test_an_exam_result_after_a_licence_is_no_part_of_its_name(parser, line):
    text = f"Rosalind Bautista\nMidwife\n\nLICENSES\n{line}\n"
    names = [s.name for s in parser.parse_text(text).skills]
    assert "Midwife Licensure Examination (MLE)" in names
    assert not any("assed" in n for n in names)

"""The field of study a person reads back from their parsed résumé: whole words, never a
bracket left open or a marker of honours taken for the subject (fictional résumés)."""
import pytest

from adapters.embedded.parsing.education import parse_education


@pytest.mark.parametrize("line, field", [
    # the degree's abbreviation in brackets after the subject is not part of the subject
    ("Bachelor of Science in Nursing (BSN), University of Texas Health Science Center, 2016", "Nursing"),
    ("Master of Business Administration (MBA), Lakeside University, 2012", "Business Administration"),
    # a bracketed specialisation stays, with its closing bracket
    ("Master of Teaching (Primary), University of Melbourne, 2017", "Teaching (Primary)"),
    ("Bachelor of Arts (English), Monash University, 2015", "Arts (English)"),
])
def test_a_bracket_after_the_subject_is_never_left_open(line, field):
    [entry] = parse_education(line)
    assert entry.field == field


@pytest.mark.parametrize("line, field", [
    ("BSc (Hons) Accounting and Finance, University of Warwick, 2017", "Accounting and Finance"),
    ("BA (Hons) History, University of Leeds, 2010", "History"),
])
def test_honours_is_not_the_subject_studied(line, field):
    [entry] = parse_education(line)
    assert entry.field == field


@pytest.mark.parametrize("line", ["Chartered Accountant (CA), ICAI, 2018", "Master of Business Administration (MBA)",
                                  "Higher National Diploma (HND), Leeds College, 2010"])
def test_the_degrees_own_abbreviation_in_brackets_is_not_its_subject(line):
    [entry] = parse_education(line)
    assert entry.field in (None, "Business Administration")


def test_a_subject_in_brackets_is_still_the_subject():
    [entry] = parse_education("Diploma (Information Technology), Leeds College, 2010")
    assert entry.field == "Information Technology"


@pytest.mark.parametrize("line, field", [
    ("M.Ed., Curriculum and Instruction — The Ohio State University, 2018", "Curriculum and Instruction"),
    ("BSc, Computer Science, University of Leeds, 2012", "Computer Science"),
    ("Associate of Applied Science, Electrical Technology, Harold Washington College, 2012", "Electrical Technology"),
])
def test_the_subject_between_the_degree_and_the_school_is_the_field(line, field):
    [entry] = parse_education(line)
    assert entry.field == field


@pytest.mark.parametrize("line", [
    "B.Sc. Accounting (Second Class Upper), University of Lagos, 2015",
    "BSc Accounting (First Class Honours), University of Leeds, 2015",
    "B.Sc. Accounting (2:1), University of Leeds, 2015",
    "BA Accounting (Distinction), University of Leeds, 2015",
])
def test_the_class_of_a_degree_is_not_its_subject(line):
    [entry] = parse_education(line)
    assert entry.field == "Accounting"

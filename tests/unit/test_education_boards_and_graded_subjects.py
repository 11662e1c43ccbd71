"""An education table's examining-board column is no second school; a professional body's
intermediate exam ("CA Intermediate") is examined by the body beside it; and the subjects and
grades under an A-Level or GCSE line are neither an entry nor skills (fictional résumés)."""
import asyncio

from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.graded_subjects import graded_subjects
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _rows(text):
    return [(e.degree, e.institution, e.graduation_year) for e in parse_education(text)]


def test_the_board_column_beside_the_college_is_no_school():
    table = ("Course | College | University / Board | Year\n"
             "B.Pharm | Al-Ameen College of Pharmacy, Bengaluru | Rajiv Gandhi University of Health Sciences | 2019\n"
             "PUC | Jain PU College | Karnataka PU Board | 2015\n")
    assert _rows(table) == [("B.Pharm", "Al-Ameen College of Pharmacy", 2019),
                            ("PUC", "Jain PU College", 2015)]


def test_a_lone_board_column_is_still_the_school():
    table = "Qualification | Board / University | Year\nB.Com | University of Mumbai | 2016\n"
    assert _rows(table) == [("B.Com", "University of Mumbai", 2016)]


def test_a_professional_body_examines_its_intermediate():
    table = "| Qualification | Institute | Year |\n| CMA Intermediate | ICMAI | 2021 |\n"
    assert _rows(table) == [("CMA Intermediate", "ICMAI", 2021)]


def test_subjects_and_grades_under_an_exam_are_its_detail():
    text = ("A-Levels — Hartcliffe Sixth Form, 2020\n  Chemistry (A), Biology (B), Psychology (C)\n"
            "GCSEs — Hartcliffe School, 2018\n  10 GCSEs grades 9–4 including English and Maths\n")
    assert _rows(text) == [("A-Levels", "Hartcliffe Sixth Form", 2020), ("GCSEs", "Hartcliffe School", 2018)]


def test_graded_subjects_are_no_skills():
    text = ("Jade Morgan\nTrainee Dental Nurse\n\nSKILLS\nPatient care, Infection control\n\n"
            "QUALIFICATIONS\nA-Levels — Hartcliffe Sixth Form, 2020\n  Chemistry (A), Biology (B), Psychology (C)\n")
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))
    names = {s.name for s in parsed.skills}
    assert not names & {"Chemistry", "Biology", "Psychology"}
    assert "Infection control" in names


def test_what_graded_subjects_look_like():
    assert graded_subjects("English Literature (A*), History (B)")
    assert graded_subjects("Maths: 7, English: 6, Science: 5")
    assert not graded_subjects("Customer service, Team work")
    assert not graded_subjects("Level 3 Diploma (Distinction)")  # one award with its grade


def test_an_exam_named_alone_has_no_field():
    rows = parse_education("A-Levels — Hartcliffe Sixth Form, 2020\nAS Level, Hartcliffe Sixth Form, 2019\n")
    assert [(e.degree, e.field) for e in rows] == [("A-Levels", None), ("AS Level", None)]


def test_a_university_that_taught_and_examined_is_still_the_school():
    table = ("Course | College | University / Board | Year | Percentage\n"
             "B.Sc. Physics | University of Mumbai | University of Mumbai | 2015 | 70%\n"
             "HSC | Ruia College | Maharashtra Board | 2012 | 80%\n")
    assert _rows(table) == [("B.Sc. Physics", "University of Mumbai", 2015), ("HSC", "Ruia College", 2012)]

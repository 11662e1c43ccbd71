"""Job headers whose halves both sound like titles (invented lines): an employer named after a
profession in the plural ("Lumen Opticians", "Hale & Prior Chartered Surveyors") is a practice
of them, so the other half is the title; a cabin crew post and a title in Portuguese read as
titles; a seafarer's "Sea Service" lists the ships served on, each a job; letters of a
professional body after a name ("MCOptom", "MRPharmS") are no part of the name; education
written label on the left ("Institution:", "Course:", "Year:") is read by its labels."""
from __future__ import annotations

from datetime import date

import pytest

from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.experience import parse_experience
from adapters.embedded.parsing.headings import meaning, words_of
from adapters.embedded.parsing.job_titles import title_score
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.post_nominals import split_trailing_letters
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def jobs(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.title, e.company) for e in parse_experience(text)[0]]


@pytest.mark.parametrize(("line", "title", "employer"), [
    ("Lumen Opticians — Dispensing Optician — 2016 – 2019", "Dispensing Optician", "Lumen Opticians"),
    ("Hale & Prior Chartered Surveyors — Assistant Surveyor — 2012 – 2015", "Assistant Surveyor",
     "Hale & Prior Chartered Surveyors"),
    ("Gulfwing Air — Cabin Crew — 2019 – 2022", "Cabin Crew", "Gulfwing Air"),
    ("Fazenda Boa Vista — Agrônoma — 2018 – 2021", "Agrônoma", "Fazenda Boa Vista"),
])
def test_the_half_that_names_one_person_at_work_is_the_title(line, title, employer):
    assert jobs(line + "\n") == [(title, employer)]


def test_a_profession_in_the_plural_after_a_name_scores_as_an_employer():
    assert title_score("Lumen Opticians") < title_score("Dispensing Optician")
    assert title_score("Director of Nurses") > 0  # a title that heads a plural is still a title


@pytest.mark.parametrize("heading", ["Sea Service", "SEA SERVICE", "Seagoing Service"])
def test_sea_service_is_the_work_history(heading):
    assert meaning(words_of(heading)) == "experience"


def test_a_seafarers_sea_service_gives_the_jobs():
    parser = RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 1, 1))
    parsed = parser.parse_text("Efren Dalisay\nefren.dalisay@example.ph\n\nSEA SERVICE\n"
                               "Second Officer — MV Nordic Gale\nBlueline Ship Management | 05/2019 – 08/2022\n\n"
                               "EDUCATION\nBS Marine Transportation, Cebu Nautical College, 2014\n")
    assert [e.title for e in parsed.experience] == ["Second Officer"]


@pytest.mark.parametrize(("line", "name", "letters"), [
    ("Imogen Falstaff MCOptom", "Imogen Falstaff", ["MCOptom"]),
    ("Rhys Penhaligon MPharm MRPharmS", "Rhys Penhaligon", ["MPharm", "MRPharmS"]),
])
def test_letters_of_a_professional_body_are_cut_off_the_name(line, name, letters):
    assert split_trailing_letters(line) == (name, letters)


def test_education_written_label_on_the_left():
    entries = parse_education("Institution: Kgotso Matla Skills Centre\nCourse: Boilermaking NQF 3\n"
                              "Year of completion: 2014\n\nSchool: Thuto Pele\nQualification: Matric\nYear: 2010\n")
    assert [(e.institution, e.degree, e.graduation_year) for e in entries] == [
        ("Kgotso Matla Skills Centre", "Boilermaking NQF 3", 2014), ("Thuto Pele", "Matric", 2010)]


def test_a_labelled_course_inside_the_education_section_opens_no_section():
    parser = RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 1, 1))
    parsed = parser.parse_text("Lerato Dube\nlerato.dube@example.co.za\n\nEducation\n"
                               "Institution: Harrowgate Technical College\nCourse: Diploma in Welding\nYear: 2015\n")
    assert [(e.institution, e.degree, e.graduation_year) for e in parsed.education] == [
        ("Harrowgate Technical College", "Diploma in Welding", 2015)]

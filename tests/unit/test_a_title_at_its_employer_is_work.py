"""A job title before the word for "at" and its employer ("Leiter Technik bei Müller GmbH",
"Diploma Coordinator at Springfield College", "Technicien supérieur chez Airbus") is work,
though a word of the title looks like a degree's ("Technik", "Diploma", "Technicien
supérieur"); a course at its school, or an apprenticeship at a firm, stays schooling."""
from __future__ import annotations

import asyncio

import pytest

from adapters.embedded.parsing.education_words import DEGREE
from adapters.embedded.parsing.job_lines import job_line
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.title_at_employer import a_title_at_an_employer
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


@pytest.mark.parametrize("line", [
    "Leiter Technik bei Müller GmbH, 2018 - 2023", "Leiter Technik bei Müller GmbH (2018 - 2023)",
    "Diploma Coordinator at Springfield College, 2018 - 2023", "Technicien supérieur chez Airbus, 2018 - 2023",
    "Graduate Trainee at Unilever, 2018 - 2023", "Master Baker at Greggs, 2018 - 2023",
])
def test_a_title_at_its_employer_with_dates_is_a_job_line(line: str) -> None:
    assert job_line(line)


@pytest.mark.parametrize("line", [
    "Diploma in Nursing at Leeds University, 2005 - 2008", "BSc Nursing at University of Leeds, 2005 - 2008",
    "Ausbildung zum Koch bei Hotel Adlon, 2012 - 2015", "MBA Finance at Harvard Business School, 2010 - 2012",
    "Licenciatura en Derecho en Universidad de Chile, 2005 - 2010",
])
def test_a_course_at_its_school_or_a_firm_is_no_job_line(line: str) -> None:
    assert not job_line(line)


@pytest.mark.parametrize("text", ["Técnico en Enfermería", "Lagerist bei", "Leiter Technik"])
def test_no_employer_after_the_word_is_no_title_at_an_employer(text: str) -> None:
    assert not a_title_at_an_employer(text)


def test_polish_technik_before_a_german_at_is_no_trade_qualification() -> None:
    assert DEGREE.search("Leiter Technik bei Müller GmbH") is None
    assert DEGREE.search("Technik logistyk, Zespół Szkół nr 2")  # Poland's title before its trade still is


def test_jobs_at_employers_under_the_name_are_the_work_history() -> None:
    text = ("Anna Schmidt\n\nLeiter Technik bei Müller GmbH, 2018 - 2023\nTechniker bei Bosch AG, 2014 - 2018\n\n"
            "Ausbildung\nDiplom Maschinenbau, TU München, 2014\n")
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))
    assert [(e.title, e.company) for e in parsed.experience] == [("Leiter Technik", "Müller GmbH"), ("Techniker", "Bosch AG")]
    assert [e.degree for e in parsed.education] == ["Diplom Maschinenbau"]


def test_a_title_at_a_college_in_an_unheaded_paragraph_is_experience() -> None:
    text = ("Rosa Lind\nrosa@example.com\n\nDiploma Coordinator at Springfield College, 2018 - 2023\n"
            "Ran the admissions of 300 students a year.\n")
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))
    assert [(e.title, e.company) for e in parsed.experience] == [("Diploma Coordinator", "Springfield College")]
    assert not parsed.education

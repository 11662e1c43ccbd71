"""What stands where an employer could is often none: a town, tools or a field of work after
"working in / with" in a summary's sentence; a ward, a licence's class or an industry after a
title's comma; a headline that states an aim; work on one's own account under an employer's
roles (fictional résumés)."""
import asyncio

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.summary_jobs import jobs_in_summary
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

_PARSER = RuleBasedResumeParser(EmbeddedSkillExtractor())


def _jobs(text):
    parsed = asyncio.run(_PARSER.parse(text))
    return [(e.title, e.company, e.location) for e in parsed.experience]


def _summary_jobs(sentence):
    return [(j.title, j.company, j.location) for j in jobs_in_summary(sentence, _PARSER._names_a_skill)]


@pytest.mark.parametrize("sentence", [
    "Currently working in Bangalore as Software Engineer since 2019.",
    "Currently working with React and Node as Full Stack Developer.",
    "Presently working with Python and Django as Backend Developer.",
    "Currently working in Banking Sector as Relationship Manager.",
    "Presently working in IT Industry as Software Engineer.",
    "Currently working in Night Shift as Staff Nurse.",
    "Currently working in Accounts as Junior Accountant.",
])
def test_a_town_tools_or_a_field_after_working_in_or_with_is_no_employer(sentence):
    assert _summary_jobs(sentence) == []


def test_an_employer_after_in_says_it_is_a_business():
    assert _summary_jobs("Currently working in Infosys Limited as Software Engineer.") == [
        ("Software Engineer", "Infosys Limited", None)]


def test_an_employer_s_name_ends_before_for_and_a_number():
    assert _summary_jobs("Previously worked as Intern at Zoho Corporation for 3 months.") == [
        ("Intern", "Zoho Corporation", None)]
    assert _summary_jobs("Currently working with Centre for Development of Telematics as Scientist.") == [
        ("Scientist", "Centre for Development of Telematics", None)]


def test_the_employer_s_town_after_its_comma_is_read_apart():
    assert _summary_jobs("Presently working as Staff Nurse at Apollo Hospitals, Chennai.") == [
        ("Staff Nurse", "Apollo Hospitals", "Chennai")]


_HEADLINED = "Meera Pillai\n{}\nmeera@example.com\n\nEDUCATION\nB.Com, University of Madras, 2022\n\nSKILLS\nExcel, Tally\n"


@pytest.mark.parametrize("headline", [
    "Aspiring Data Analyst", "Looking for Software Developer", "Entry-Level Accountant", "Graduate Engineer",
    "B.Com Graduate | Accountant", "Fresher", "Student",
])
def test_a_headline_that_states_an_aim_or_a_standing_is_no_job(headline):
    assert _jobs(_HEADLINED.format(headline)) == []


@pytest.mark.parametrize("headline", ["Aspiring Data Analyst", "Entry Level Accountant | Tally | GST"])
def test_an_aim_is_no_job_without_an_education_section_either(headline):
    assert _jobs(f"Meera Pillai\n{headline}\nmeera@example.com\n\nSKILLS\nExcel, Tally\n") == []


@pytest.mark.parametrize("headline", ["Trainee Accountant", "Software Engineer Intern", "Senior Accountant | 6 Years",
                                      "Accountant | 3 Years | GST"])
def test_a_held_title_in_the_headline_of_a_schooling_only_resume_is_its_job(headline):
    assert _jobs(_HEADLINED.format(headline)) == [(headline.split(" |")[0], None, None)]


def test_a_headline_title_alone_beside_schooling_is_as_often_the_job_wanted():
    assert _jobs(_HEADLINED.format("Accountant")) == []


def test_a_bare_headline_title_with_no_schooling_section_is_still_the_job():
    assert _jobs("Meera Pillai\nAccountant\nmeera@example.com\n\nSKILLS\nExcel, Tally\n") == [("Accountant", None, None)]


@pytest.mark.parametrize(("line", "title", "town"), [
    ("Staff Nurse, Cardiology — Chennai (2019 – Present)", "Staff Nurse", "Chennai"),
    ("Manager, Operations — Kingston (2019 – Present)", "Manager", "Kingston"),
    ("Driver, Class 1 — Auckland (2019 – Present)", "Driver", "Auckland"),
    ("Sales Executive, FMCG — Mumbai (2019 – Present)", "Sales Executive", "Mumbai"),
])
def test_a_part_of_the_work_after_the_title_s_comma_is_no_employer(line, title, town):
    assert _jobs(f"Meera Pillai\nmeera@example.com\n\nEXPERIENCE\n{line}\nLooked after the work.\n") == [
        (title, None, town)]


def test_the_employer_over_a_title_its_field_and_town_is_the_job_s():
    text = ("Meera Pillai\nmeera@example.com\n\nEXPERIENCE\nApollo Hospitals\n"
            "Staff Nurse, Cardiology — Chennai (2019 – Present)\nCared for patients.\n")
    assert _jobs(text) == [("Staff Nurse", "Apollo Hospitals", "Chennai")]


def test_a_note_after_a_held_title_states_no_aim():
    assert _jobs(_HEADLINED.format("Data Analyst | 5 Years | Open to relocation")) == [("Data Analyst", None, None)]


def test_an_employer_after_the_title_s_comma_stays_before_the_dashed_town():
    text = "Meera Pillai\nmeera@example.com\n\nEXPERIENCE\nSenior Civil Engineer, GHD — Brisbane (2019 – Present)\nDesign.\n"
    assert _jobs(text) == [("Senior Civil Engineer", "GHD", "Brisbane")]


def test_work_on_one_s_own_account_takes_no_employer_from_the_roles_above():
    text = ("Meera Pillai\nmeera@example.com\n\nEXPERIENCE\nAcme Corp\nMarketing Manager 2018 – 2021\n"
            "Freelance Photographer 2015 – 2018\n")
    assert [(t, c) for t, c, _ in _jobs(text)] == [("Marketing Manager", "Acme Corp"), ("Freelance Photographer", None)]


def test_a_role_under_an_employer_s_roles_still_shares_its_employer():
    text = "Meera Pillai\nmeera@example.com\n\nEXPERIENCE\nAcme Corp\nMarketing Manager 2018 – 2021\nMarketing Executive 2015 – 2018\n"
    assert [(t, c) for t, c, _ in _jobs(text)] == [("Marketing Manager", "Acme Corp"), ("Marketing Executive", "Acme Corp")]

"""The line under the name that gives a title and an employer ("Billing Analyst at Crestview
Utilities", "Payroll Officer - Northgate Foods") names the person's current job: it is kept
as a job when the experience section does not list that employer (fictional résumés)."""
import asyncio

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

_BODY = ("\n\nPune, Maharashtra - rohan.desai@example.com\n\nWORK EXPERIENCE\n\nJunior Accountant\n\n"
         "Sunrise Traders -  Pune, Maharashtra -\n\nJune 2012 to May 2015\n\n• Kept the ledgers\n\n"
         "EDUCATION\n\nB.Com\n\nFergusson College -  Pune, Maharashtra\n\n2012")


def _jobs(headline):
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(f"Rohan Desai\n{headline}{_BODY}"))
    return [(e.title, e.company) for e in parsed.experience]


@pytest.mark.parametrize("headline, job", [
    ("Billing Analyst at Crestview Utilities, Pune", ("Billing Analyst", "Crestview Utilities")),
    ("Payroll Officer - Northgate Foods", ("Payroll Officer", "Northgate Foods")),
    ("NORTHGATE FOODS - Payroll Officer", ("Payroll Officer", "NORTHGATE FOODS")),
])
def test_the_headlines_title_and_employer_are_the_current_job(headline, job):
    assert _jobs(headline) == [job, ("Junior Accountant", "Sunrise Traders")]


@pytest.mark.parametrize("headline", [
    "Junior Accountant - Sunrise Traders",  # the job listed below already
    "Billing Analyst",  # a title alone may be the job wanted
    "Billing Analyst - Pune, Maharashtra",  # a town is no employer
    "Senior Systems Engineer - mainframe",  # a technology in lower case is no employer
    "Looking for a challenging role in finance - Pune",
])
def test_a_headline_naming_no_new_employer_adds_no_job(headline):
    assert _jobs(headline) == [("Junior Accountant", "Sunrise Traders")]


@pytest.mark.parametrize("headline", [
    "Software Engineer - Java",  # a skill after a dash is the speciality
    "Staff Nurse - ICU",
    "Registered Nurse - Available Immediately",
    "Project Manager - PMP Certified",
    "Staff Nurse, RN",  # letters after the title
    "Data Analyst | Tableau | Looker",
    "Sales Executive at Northgate Foods, Retail, Wholesale",  # a list after the employer
])
def test_a_speciality_or_a_list_after_the_title_is_no_employer(headline):
    assert _jobs(headline) == [("Junior Accountant", "Sunrise Traders")]


def test_an_employer_after_at_may_share_a_skills_name():
    assert _jobs("Database Administrator at Oracle")[0] == ("Database Administrator", "Oracle")


def test_a_listed_jobs_title_found_among_the_employers_words_is_another_job():
    # the job listed as "Logistics" at Sunrise Traders is not the headline's Harbour Logistics Group
    body = _BODY.replace("Junior Accountant", "Logistics")
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(
        f"Rohan Desai\nShift Supervisor - Harbour Logistics Group{body}"))
    assert [(e.title, e.company) for e in parsed.experience] == [
        ("Shift Supervisor", "Harbour Logistics Group"), ("Logistics", "Sunrise Traders")]


def test_a_grade_in_brackets_after_the_employer_is_not_the_employers_name():
    assert _jobs("Support Lead - Crestview Utilities Ltd (Senior Analyst)")[0] == ("Support Lead", "Crestview Utilities Ltd")

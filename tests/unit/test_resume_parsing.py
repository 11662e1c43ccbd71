"""The rule-based resume parser on fictional resumes (no real person's data)."""
from datetime import date

import pytest

from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.sections import heading_of, split_sections
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor

CLASSIC = """Marta Quillfeather
Lisbon, Portugal | marta.quill@example.org | +351 912 345 678

SUMMARY
Backend engineer who likes boring, reliable systems.

PROFESSIONAL EXPERIENCE
Senior Software Engineer at Lumen Parcel Ltd
Jan 2019 – Present
• Moved the order service from MySQL to postgres on k8s.

Software Developer, Brightwater Analytics
03/2016 - 06/2019
• Wrote reporting jobs in Python.

EDUCATION
B.Sc. in Computer Science
University of Northvale, 2015

Technical Skills: Python, Go, postgres, k8s, Kafka
"""

INDEED_STYLE = """Ravi Okonkwo-Tan
Store Manager - Harbour Foods

Pune, Maharashtra - Email me on Indeed: indeed.com/r/example

WORK EXPERIENCE

Store Manager

Harbour Foods Pvt Ltd -  Pune, Maharashtra -

2015 to Present

Assistant Manager

Greenleaf Retail -

June 2011 to May 2015

EDUCATION

MBA in Retail Management

Westfield Institute of Management -  Pune, Maharashtra

2011

SKILLS

INVENTORY MANAGEMENT (5 years), EXCEL (3 years), Team Handling (5 years)
"""


@pytest.fixture
def parser() -> RuleBasedResumeParser:
    names = ["Python", "Go", "PostgreSQL", "Kubernetes", "Kafka", "MySQL", "Microsoft Excel"]
    aliases = {"python": (0, False), "go": (1, True), "postgresql": (2, False),
               "postgres": (2, False), "kubernetes": (3, False), "k8s": (3, False),
               "kafka": (4, False), "mysql": (5, False), "excel": (6, True),
               "microsoft excel": (6, False)}
    tax = SkillTaxonomy(names, aliases, [frozenset()] * 7, [frozenset()] * 7, kinds=[SkillKind.TOOL] * 7)
    return RuleBasedResumeParser(TaxonomySkillExtractor(tax), today=lambda: date(2024, 6, 30))


async def test_contact_details_come_from_the_top_of_the_resume(parser):
    parsed = await parser.parse(CLASSIC)
    assert parsed.name == "Marta Quillfeather"
    assert parsed.email == "marta.quill@example.org"
    assert parsed.phone == "+351 912 345 678"
    assert parsed.location == "Lisbon, Portugal"


async def test_sections_are_found_by_their_headings(parser):
    parsed = await parser.parse(CLASSIC)
    assert set(parsed.sections) == {"summary", "experience", "education", "skills"}
    assert parsed.summary == "Backend engineer who likes boring, reliable systems."


async def test_experience_entries_carry_title_company_and_dates(parser):
    parsed = await parser.parse(CLASSIC)
    first, second = parsed.experience
    assert (first.title, first.company, first.start_date, first.current) == \
        ("Senior Software Engineer", "Lumen Parcel Ltd", "2019-01", True)
    assert (second.title, second.company, second.start_date, second.end_date) == \
        ("Software Developer", "Brightwater Analytics", "2016-03", "2019-06")


async def test_overlapping_jobs_are_counted_once_in_total_years(parser):
    parsed = await parser.parse(CLASSIC)
    assert parsed.total_years_experience == 8.3  # Mar 2016 .. Jun 2024, inclusive


async def test_listed_skills_are_normalised_and_short_names_kept_in_a_skills_list(parser):
    parsed = await parser.parse(CLASSIC)
    assert [s.name for s in parsed.skills] == ["Python", "Go", "PostgreSQL", "Kubernetes", "Kafka"]


async def test_an_indeed_style_resume_gives_its_entries_with_the_company_before_the_place(parser):
    parsed = await parser.parse(INDEED_STYLE)
    assert parsed.name == "Ravi Okonkwo-Tan"
    assert parsed.location == "Pune, Maharashtra"
    assert [(e.title, e.company) for e in parsed.experience] == [
        ("Store Manager", "Harbour Foods Pvt Ltd"), ("Assistant Manager", "Greenleaf Retail")]
    assert parsed.total_years_experience == 13.1  # Jan 2015 .. Jun 2024 and Jun 2011 .. May 2015


async def test_skills_drop_the_years_notes_and_keep_unknown_items_as_written(parser):
    parsed = await parser.parse(INDEED_STYLE)
    assert [s.name for s in parsed.skills] == \
        ["INVENTORY MANAGEMENT", "Microsoft Excel", "Team Handling"]


async def test_education_gives_institution_degree_field_and_year(parser):
    parsed = await parser.parse(INDEED_STYLE)
    [edu] = parsed.education
    assert edu.institution == "Westfield Institute of Management"
    assert edu.degree == "MBA in Retail Management"
    assert edu.field == "Retail Management"
    assert edu.graduation_year == 2011


def test_a_degree_and_institution_on_one_line_are_split():
    [edu] = parse_education("Bachelor of Arts in History, Eastmoor College, 2009 - 2012")
    assert (edu.degree, edu.field, edu.institution, edu.graduation_year) == \
        ("Bachelor of Arts in History", "History", "Eastmoor College", 2012)


def test_several_schools_become_several_entries():
    entries = parse_education("M.Tech\nRidgeview Institute of Technology\n2014\n\n"
                              "Class XII\nSt. Alder Higher Secondary School\n2008")
    assert [(e.degree, e.institution, e.graduation_year) for e in entries] == [
        ("M.Tech", "Ridgeview Institute of Technology", 2014),
        ("Class XII", "St. Alder Higher Secondary School", 2008)]


@pytest.mark.parametrize("line, section", [
    ("WORK EXPERIENCE", "experience"), ("Education:", "education"), ("Key Skills", "skills"),
    ("CORE COMPETENCIES", "skills"), ("Certifications", "certifications"),
    ("Academic Projects", "projects"), ("Career Objective", "summary"),
])
def test_common_headings_open_their_section(line, section):
    assert heading_of(line)[0] == section


def test_a_sentence_that_mentions_skills_is_not_a_heading():
    assert heading_of("I have strong skills in negotiation and planning.") is None
    header, sections = split_sections("Zed Example\nSkills: Java, SQL\nmore text")
    assert header == ["Zed Example"]
    assert sections[0].name == "skills" and sections[0].lines == ["Java, SQL", "more text"]


async def test_an_experience_section_without_dates_still_gives_titles_and_companies(parser):
    text = ("Iris Vantongeren\n\nWORK EXPERIENCE\n\nPayroll Clerk at Copperline Mills\n\n"
            "Lead Accountant\n\nHollowbrook Logistics\n\nEDUCATION\n\nB.Com\n")
    parsed = await parser.parse(text)
    assert [(e.title, e.company) for e in parsed.experience] == [
        ("Payroll Clerk", "Copperline Mills"), ("Lead Accountant", "Hollowbrook Logistics")]
    assert parsed.total_years_experience is None

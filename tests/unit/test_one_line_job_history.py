"""Work history written one job a line ("Title, Employer, Town - dates") is the résumé's
experience with no heading, or under a heading of one plain word ("Career", "Work", "Jobs")
or a phrase ("Where I've worked"); and the résumé's place is the line under the name, never
a job line nor the job title that opens a headline sentence."""
from datetime import date

import pytest

from adapters.embedded.parsing.job_lines import job_line
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.sections import heading_of
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor


def _parser() -> RuleBasedResumeParser:
    taxonomy = SkillTaxonomy(["Bricklaying"], {"bricklaying": (0, False)}, [frozenset()], [frozenset()],
                             kinds=[SkillKind.SKILL])
    return RuleBasedResumeParser(TaxonomySkillExtractor(taxonomy), today=lambda: date(2026, 6, 1))


_NO_HEADING = """Orla Kavanagh
Drogheda, County Louth

Site Manager - 14 years' experience on housing and school builds, leading crews of up to 40.

Site Manager, Larkin Homes, Navan - 2019 to date
Run two housing sites of 60 units; programme, budgets, health and safety.
Assistant Site Manager, Boyne Construction, Dundalk - 2015 to 2019
Foreman, Carrick Builders, Slane - 2012 to 2015
Bricklayer, 2010 - 2012

Qualifications: SMSTS, CSCS Black Card

Skills: Bricklaying, Programme management, Health and safety
"""


async def test_job_lines_after_the_summary_are_the_experience():
    parsed = await _parser().parse(_NO_HEADING)
    assert [(e.title, e.company) for e in parsed.experience] == [
        ("Site Manager", "Larkin Homes"), ("Assistant Site Manager", "Boyne Construction"),
        ("Foreman", "Carrick Builders"), ("Bricklayer", None)]
    assert parsed.total_years_experience == pytest.approx(16.4, abs=0.2)


async def test_the_place_under_the_name_wins_over_a_headline_title():
    parsed = await _parser().parse(_NO_HEADING)
    assert parsed.location == "Drogheda, County Louth"


@pytest.mark.parametrize("heading", ["Career", "WORK", "Jobs:", "Where I've worked", "Employment"])
async def test_job_lines_under_a_plain_heading_are_the_experience(heading):
    parsed = await _parser().parse(
        "Tomasz Wrona\nLuton | t.wrona@mail.example\n\nProfile\nForklift driver with a clean licence.\n\n"
        f"{heading}\nCounterbalance Driver, Arden Logistics - 2020 - present\n"
        "Loading and unloading trailers; stock checks.\n\n"
        "Picker, Greenway Foods - 2017 - 2020\n\nSkills: Bricklaying\n")
    assert [(e.title, e.company) for e in parsed.experience] == [
        ("Counterbalance Driver", "Arden Logistics"), ("Picker", "Greenway Foods")]
    assert parsed.summary == "Forklift driver with a clean licence."


@pytest.mark.parametrize("line", ["Work", "CAREER", "Where I have worked", "Jobs:"])
def test_a_plain_word_alone_opens_the_experience(line):
    assert heading_of(line) == ("experience", "")


@pytest.mark.parametrize("line", ["Social Work", "Career Counselling"])
def test_a_plain_word_beside_others_opens_no_experience(line):
    assert heading_of(line) is None


@pytest.mark.parametrize("line, shaped", [
    ("Head Baker, Crumb & Co, Whitby - 2016 to date", True),
    ("Porter, 2008 - 2010", True),
    ("Delivery Driver - Parcelnet (2021 - 2024)", True),
    ("BSc Nursing, University of Kent, 2005 - 2008", False),
    ("I worked in kitchens. Then I moved to bakeries - 2010 - 2014", False),
])
def test_what_a_job_line_is(line, shaped):
    assert job_line(line) is shaped


async def test_one_dated_line_in_a_summary_is_no_experience():
    parsed = await _parser().parse(
        "Ade Bello\nCroydon\n\nCare worker, 2015 - 2020, now looking for a senior role in the community.\n\n"
        "Skills: Bricklaying\n")
    assert parsed.experience == []

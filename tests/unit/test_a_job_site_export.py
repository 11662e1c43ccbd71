"""A résumé in a job site's export shape ("Education Details" / "Skill Details" / "Company
Details", headings glued to the line before, "company - X" and "description - Y" pairs) is
read field by field: jobs with their employers, the person's title on the job its headline
names, plain skill names. Fictional résumés, the shipped taxonomy."""
from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.site_export import read_site_export
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import TaxonomySkillExtractor

EXPORT = (
    "Registered nurse with eight years on medical wards. Education Details \n"
    "June 2014 B.Sc Nursing  Kottayam, Kerala Mahatma Gandhi University\n"
    "Staff Nurse \n\n"
    "Staff Nurse - Lakeshore Hospital, Kochi\n\n\n"
    "Skill Details \n"
    "Wound care- Experience - 96 months\n"
    "Patient assessment, Medication administration- Exprience - 60 months\n"
    "Microsoft Excel- Experience - Less than 1 year months"
    "Company Details \n"
    "company - Sunrise Clinic\n"
    "description - \u00e2\u0080\u00a2 Night shifts on a 20-bed ward\n"
    "company - Lakeshore Hospital\n"
    "description - \u00e2\u0080\u00a2 Wound care and dressings for surgical patients\n"
    "\u00e2\u0080\u00a2 Medication rounds\n"
    "company - Lakeshore Hospital\n"
    "description - Mentored student nurses\n"
)


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()), today=lambda: date(2026, 1, 1))


def test_the_jobs_are_the_company_pairs_and_the_title_goes_to_the_headline_employer(parser):
    parsed = parser.parse_text(EXPORT)
    assert [(e.title, e.company) for e in parsed.experience] == [
        (None, "Sunrise Clinic"), ("Staff Nurse", "Lakeshore Hospital")]
    # one employer's descriptions in a row are one job; the bullets were mis-decoded and are repaired
    assert parsed.experience[1].description == "• Wound care and dressings for surgical patients\n" \
        "• Medication rounds\nMentored student nurses"


def test_skill_lines_give_plain_names(parser):
    names = [s.name.casefold() for s in parser.parse_text(EXPORT).skills]
    assert "wound care" in names and "microsoft excel" in names
    assert not [n for n in names if "experience" in n or "exprience" in n or "â" in n]


def test_the_schooling_keeps_its_lines_without_the_title(parser):
    export = read_site_export(EXPORT)
    assert export is not None
    assert export.schooling == ["June 2014 B.Sc Nursing  Kottayam, Kerala Mahatma Gandhi University"]
    assert (export.title, export.headline) == ("Staff Nurse", "Staff Nurse - Lakeshore Hospital, Kochi")
    assert [e.degree for e in parser.parse_text(EXPORT).education] != []


def test_no_employer_words_and_a_labelled_title():
    text = ("Education Details \n BCom   Andhra University\nDesignation - Accounts Assistant \n\n\n"
            "Skill Details \nTally- Experience - 12 months\nCompany Details \ncompany - Fresher\n"
            "description - Looking for a first job in accounts\n")
    export = read_site_export(text)
    assert export is not None
    assert [(e.title, e.company, e.description) for e in export.entries()] == [
        ("Accounts Assistant", None, None), (None, None, "Looking for a first job in accounts")]


def test_a_sentence_under_the_schooling_is_no_title():
    text = ("Education Details \nI have led delivery teams for nine years across banking and retail clients.\n"
            "Skill Details \nJira- Experience - 60 months\nCompany Details \ncompany - Northwind Bank\n"
            "description - Delivery lead\n")
    export = read_site_export(text)
    assert export is not None and export.title is None
    assert [(e.title, e.company) for e in export.entries()] == [(None, "Northwind Bank")]


@pytest.mark.parametrize("text", [
    "Skill Details\nJava\nExperience\nAcme Ltd, 2019 - now",  # no company pairs
    "Education Details\nBSc\nCompany Details\ncompany - Acme\nSkill Details\nJava",  # another order
])
def test_other_shapes_are_not_read_as_the_export(text):
    assert read_site_export(text) is None


def test_the_years_are_the_longest_a_skill_was_used_or_the_jobs_dates(parser):
    assert parser.parse_text(EXPORT).total_years_experience == 8.0
    # "Less than 1 year" is what the export writes where no figure was given: no years
    text = EXPORT.replace("96 months", "Less than 1 year months").replace("60 months", "Less than 1 year months")
    assert parser.parse_text(text).total_years_experience is None
    # dates in a job's description count, when they say more than the skills do
    dated = text.replace("description - Mentored student nurses", "description - Ward sister, June 2012 - May 2022")
    assert parser.parse_text(dated).total_years_experience == 10.0


@pytest.mark.parametrize("headline, employers, titled", [
    ("Team Lead - Capgemini", ["GE", "Capgemini"], "Capgemini"),  # "ge" is inside "capgemini"
    ("Team Lead - Infosys BPO", ["Infosys", "Infosys BPO"], "Infosys BPO"),
    ("Team Lead - Amazon", ["Amazon Web Services", "Amazon"], "Amazon"),
    ("Team Lead - , Pune", ["Wipro", "Infosys"], "Wipro"),  # no employer named: the first
])
def test_the_title_goes_to_the_employer_the_headline_names(headline, employers, titled):
    pairs = "".join(f"company - {e}\ndescription - work\n" for e in employers)
    text = f"Education Details \n BCom   Pune University\nTeam Lead \n\n{headline}\nSkill Details \nExcel- Experience - 12 months\nCompany Details \n{pairs}"
    export = read_site_export(text)
    assert export is not None
    assert [e.company for e in export.entries() if e.title == "Team Lead"] == [titled]


@pytest.mark.parametrize("text", [
    # an ordinary résumé naming the headings in sentences and wrapping a line at "company - "
    "Summary\nHappy to share full Education Details\nSkill Details and references on request.\n"
    "Experience\nInfosys, Jan 2018 - Present\nLed the move of the whole\ncompany - wide build to Gradle\n"
    "previous Company Details\ncan be provided",
    # "company" alone on a line, a bullet under it
    "Education Details\nBSc\nSkill Details\nExcel\nCompany Details\ncompany\n- Grew revenue 20%",
])
def test_an_ordinary_resume_naming_the_headings_is_not_the_export(text):
    assert read_site_export(text) is None

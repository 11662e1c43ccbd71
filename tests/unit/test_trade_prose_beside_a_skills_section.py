"""A skills section is not all a person can do. The work history's prose names a trade's
skills too ("menu planning, stock control and ordering, HACCP"), its credentials, and what the
person did ("ran weekly payroll"); a generic word said in passing there is no claim. A group's
label alone on a line of the skills section ("Software") is no skill (fictional résumés)."""
from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 12, 1))


def _canonicals(parser: RuleBasedResumeParser, text: str) -> set[str]:
    extractor = EmbeddedSkillExtractor()
    return {extractor.canonical(s.name) or s.name for s in parser.parse_text(text).skills}


CHEF = """Tom Baker
Head Chef
tom.baker@example.com | 07700 900123

SKILLS
Knife skills, Pastry

EXPERIENCE
Head Chef, The Ivy, London
2018 - 2024
- Ran the pass for 120 covers, menu planning, stock control and ordering, HACCP

{heading}
Level 2 Food Hygiene certificate
"""


@pytest.mark.parametrize("heading", ["QUALIFICATIONS & TRAINING", "CERTIFICATIONS AND TRAINING", "TRAINING"])
def test_a_chefs_bullet_and_food_hygiene_certificate_are_read_beside_a_skills_section(parser, heading):
    found = _canonicals(parser, CHEF.format(heading=heading))
    assert {"Menu planning", "Inventory control", "HACCP", "Food Hygiene Level 2"} <= found, found


BOOKKEEPER = """Sue Hall
Bookkeeper
sue.hall@example.com

SKILLS
Software
Sage 50, Xero

EXPERIENCE
Bookkeeper, Smith & Co Accountants
2015 - 2024
Maintained the purchase and sales ledgers and ran weekly payroll for 40 staff.
Processed bookkeeping for twelve clients.
"""


def test_what_a_bookkeeper_did_is_read_and_a_label_is_no_skill(parser):
    skills = parser.parse_text(BOOKKEEPER).skills
    names = {s.name.casefold() for s in skills}
    assert "software" not in names
    assert {"payroll", "bookkeeping"} <= names, names


def test_a_generic_word_said_in_passing_beside_a_skills_section_is_no_claim(parser):
    text = ("Ana Silva\nana@example.com\n\nSKILLS\nJava, Spring\n\nEXPERIENCE\nDeveloper, Acme Ltd\n2019 - 2024\n"
            "Worked on the design of data pipelines with the QA team.\n")
    names = {s.name.casefold() for s in parser.parse_text(text).skills}
    assert names == {"java", "spring"}, names


def test_credentials_arranged_for_others_are_not_the_persons_own(parser: RuleBasedResumeParser) -> None:
    text = """Sam Clerk
Site Administrator
sam.clerk@example.com | 07700 900124

SKILLS
Scheduling, Data entry

EXPERIENCE
Site Administrator, Acme Build, Leeds
2019 - 2024
- Booked CSCS and IPAF courses for the site teams
"""
    held = _canonicals(parser, text)
    assert not any("CSCS" in name or "IPAF" in name for name in held), held

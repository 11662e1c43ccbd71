"""A résumé whose only list is of languages ("LANGUAGES", "Sprachen: Deutsch, Englisch") still
has the skills its text names: a languages section is no skills section, so the parser reads
the other skills from the text as it does for a résumé without one, and lists the languages too."""
from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.sections import names_languages
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor

ACCOUNTANT_DE = """Lebenslauf

Name: Lena Feldmann
Adresse: Hauptstraße 5, 04109 Leipzig, Deutschland

Profil
Steuerberaterin: month-end close and consolidation under IFRS, VAT returns in DATEV.

Berufserfahrung
01/2020 – heute: Senior Accountant, Feldmann Treuhand GmbH, Leipzig

Ausbildung
M.Sc. Accounting, Universität Leipzig, 2017

Sprachen: Deutsch (Muttersprache), Englisch (C1)
"""

CHEF_UK = """Tom Hale
Bristol, UK

PROFILE
Head chef: menu costing, HACCP plans and butchery for a 120-cover restaurant.

EXPERIENCE
Head Chef, The Quay Kitchen, 2018 - 2024

LANGUAGES
English, French
"""


@pytest.fixture
def parser() -> RuleBasedResumeParser:
    names = ["IFRS", "DATEV", "HACCP", "Butchery", "German", "English", "French"]
    aliases = {n.casefold(): (i, False) for i, n in enumerate(names)} | {"deutsch": (4, False), "englisch": (5, False)}
    kinds = [SkillKind.SKILL, SkillKind.TOOL, SkillKind.CERTIFICATION, SkillKind.SKILL,
             SkillKind.LANGUAGE, SkillKind.LANGUAGE, SkillKind.LANGUAGE]
    tax = SkillTaxonomy(names, aliases, [frozenset()] * 7, [frozenset()] * 7, kinds=kinds)
    return RuleBasedResumeParser(TaxonomySkillExtractor(tax), today=lambda: date(2024, 6, 30))


def test_a_german_languages_line_leaves_the_skills_the_text_names(parser):
    names = {s.name.casefold() for s in parser.parse_text(ACCOUNTANT_DE).skills}
    assert {"ifrs", "datev"} <= names
    assert names & {"deutsch", "german"} and names & {"englisch", "english"}


def test_an_english_languages_section_leaves_the_skills_the_text_names(parser):
    names = {s.name.casefold() for s in parser.parse_text(CHEF_UK).skills}
    assert {"haccp", "butchery", "english", "french"} <= names


@pytest.mark.parametrize("heading, languages", [
    ("LANGUAGES", True), ("Sprachen: Deutsch, Englisch", True), ("Langues", True), ("Idiomas:", True),
    ("SKILLS", False), ("Kenntnisse", False), ("Technical Skills: Excel", False),
])
def test_which_headings_name_languages(heading, languages):
    assert names_languages(heading) is languages

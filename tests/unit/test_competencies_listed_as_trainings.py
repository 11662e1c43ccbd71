"""A competency listed on its own in a certifications or training list ("Venepuncture",
"Manual Handling", as nurses and carers list the trainings they hold) is one of the person's
skills; a skill named only inside a credential's name ("Certified Phlebotomy Technician") is
not a second entry. Fictional résumés, read with the shipped taxonomy."""
from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import TaxonomySkillExtractor

NURSE = """Amara Okafor
amara.okafor@example.org | Leeds, United Kingdom

EMPLOYMENT HISTORY
Staff Nurse, St James's University Hospital
March 2018 - Present
Acute medical ward.

CERTIFICATIONS
NMC Registration, Basic Life Support (BLS), Venepuncture
"""

CARER = """Joyce Mensah
joyce.mensah@example.com | Croydon, UK

Experience
Senior Carer, Oak Lodge Care Home, 2019 - 2024

Training
Manual Handling
Food Hygiene Level 2
"""


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()), today=lambda: date(2026, 1, 1))


@pytest.mark.parametrize("text, competency, credential", [
    (NURSE, "venepuncture", "nmc registration"),
    (CARER, "manual handling", "food hygiene level 2"),
], ids=["certifications", "training"])
def test_a_competency_listed_alone_is_kept_beside_the_credentials(parser, text, competency, credential):
    names = {s.name.casefold() for s in parser.parse_text(text).skills}
    assert competency in names and credential in names, names


def test_a_skill_inside_a_credentials_name_is_no_second_entry(parser):
    text = NURSE.replace("Venepuncture", "Certified Phlebotomy Technician (CPT)")
    names = {s.name.casefold() for s in parser.parse_text(text).skills}
    assert "phlebotomy" not in names and any("phlebotomy technician" in n for n in names), names

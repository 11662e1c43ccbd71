"""A "Qualifications" section lists tickets beside degrees, as drivers, electricians and
carers write it: a credential the taxonomy counts only in a list of licences ("ADR", initials
with an everyday sense elsewhere) listed there is the person's, as in a "Licences" list.
Fictional résumés, the shipped taxonomy."""
from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import TaxonomySkillExtractor

DRIVER = """Marek Kowalczyk
marek.k@example.org | Poznań, Poland

EMPLOYMENT
2016 - present  Tanker Driver - Orlen Transport, Płock

{heading}
{items}
"""


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()), today=lambda: date(2026, 1, 1))


@pytest.mark.parametrize("heading", ["QUALIFICATIONS", "Education & Qualifications", "Qualifications and Training"])
@pytest.mark.parametrize("items", ["- ADR\n- Forklift licence", "Category C+E; ADR; digital tachograph card"])
def test_a_credential_listed_under_qualifications_is_the_persons(parser, heading, items):
    skills = {s.name for s in parser.parse_text(DRIVER.format(heading=heading, items=items)).skills}
    assert "ADR" in skills

"""Site tickets listed under "Licences" or "Tickets" ("Working at Heights", "White Card") are
the person's credentials; a crane operator's "Mobile Crane Operator" names no "Mobile" product.
Fictional résumés, the shipped taxonomy."""
from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import TaxonomySkillExtractor

RIGGER = """Lwazi Khumalo
lwazi.k@example.org | Richards Bay

EXPERIENCE
Rigger, Bayside Lifting Services, Richards Bay, 2018 - 2024

{heading}
{items}
"""


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()), today=lambda: date(2026, 1, 1))


def _folded(names):
    return {n.casefold() for n in names}


@pytest.mark.parametrize("heading", ["LICENCES", "Tickets", "Licences & Tickets"])
@pytest.mark.parametrize("items, wanted", [
    ("- Working at Heights\n- White Card", {"working at heights", "white card"}),
    ("Work at height certificate; White Card", {"white card"}),
    ("Working at heights, Confined space entry", {"working at heights", "confined space entry"}),
])
def test_site_tickets_listed_are_the_persons(parser, heading, items, wanted):
    skills = _folded(s.name for s in parser.parse_text(RIGGER.format(heading=heading, items=items)).skills)
    assert wanted <= skills


def test_a_mobile_crane_operator_lists_no_mobile_product(parser):
    text = ("Themba Nkosi\nMobile Crane Operator\nthemba.n@example.org\n\n"
            "Experience\nMobile Crane Operator, Ridge Crane Hire, Durban, 2016 - 2024\n"
            "Set up and operated a 60 t mobile crane on road and bridge projects.\n")
    names = _folded(s.name for s in parser.parse_text(text).skills)
    assert not any("mobile" == n or "office mobile" in n for n in names)

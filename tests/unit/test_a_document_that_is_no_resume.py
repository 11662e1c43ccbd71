"""A document with no contact detail, no section and nothing a résumé holds (a shopping list,
a to-do list uploaded by mistake) names no person: its first lines are items, not a name.
Fictional documents, the shipped taxonomy."""
from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import TaxonomySkillExtractor


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()), today=lambda: date(2026, 1, 1))


@pytest.mark.parametrize("text", [
    "Oat milk\nCarrots (two bags)\nRice - basmati\nFoil\nStamps\n",
    "Porridge Oats\nFrozen Peas\nLemons x3\nKitchen roll\nReturn library books\n",
    "Things to do\nCall Plumber (Tuesday)\nPay council tax\nBook MOT\n",
])
def test_a_list_that_is_no_resume_names_no_one(parser, text):
    assert parser.parse_text(text).name is None


def test_a_short_resume_without_contact_details_keeps_its_name(parser):
    text = "Halima Yusuf\n\nExperience\nCashier, Greenway Stores, Kano, 2019 - 2023\n"
    assert parser.parse_text(text).name == "Halima Yusuf"

"""A ticket or skill in a list that reads like a heading ("CWB All Position", "Team
Leadership") is an item of the list when the document's headings are written in capitals and
the line runs on from the item above it. Fictional résumés, the shipped taxonomy."""
from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.sections import split_sections
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import TaxonomySkillExtractor

WELDER = """Arjun Dhillon
arjun.d@example.ca

EXPERIENCE
Welder, Northbank Fabrication, Red Deer, 2016 - 2024

TICKETS
Red Seal Welder
{item}
H2S Alive
Confined Space Entry
"""


@pytest.mark.parametrize("item", ["CWB All Position", "Pipe Position Tests", "Team Training Record"])
def test_the_item_stays_in_its_list(item):
    _, sections = split_sections(WELDER.format(item=item))
    assert [s.heading for s in sections] == ["EXPERIENCE", "TICKETS"]


def test_the_items_below_it_are_read():
    parser = RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()), today=lambda: date(2026, 1, 1))
    skills = {s.name.casefold() for s in parser.parse_text(WELDER.format(item="CWB All Position")).skills}
    assert "confined space entry" in skills


def test_a_heading_in_capitals_after_a_list_still_opens_its_section():
    _, sections = split_sections(WELDER.format(item="H2S Alive") + "EXPERIENCE HIGHLIGHTS\nLed a crew of six\n")
    assert sections[-1].heading == "EXPERIENCE HIGHLIGHTS"

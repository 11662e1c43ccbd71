"""LinkedIn's profile saved as PDF (invented profile): the sidebar comes first, so the name,
headline and location standing over "Summary" are read as the résumé's top."""
from __future__ import annotations

from datetime import date

from adapters.embedded.parsing.linkedin_export import name_block_first
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

EXPORT = """Contact
rafael.ortiz@example.com
www.linkedin.com/in/rafael-ortiz-qs (LinkedIn)

Top Skills
Quantity Surveying
Cost Planning
CostX

Languages
Spanish (Native or Bilingual)

Rafael Ortiz Medina
Senior Quantity Surveyor at Gleeds
Manchester, England, United Kingdom

Summary
Chartered quantity surveyor working on healthcare and education projects.

Experience
Gleeds
Senior Quantity Surveyor
March 2020 - Present (4 years 10 months)
Manchester, England, United Kingdom
"""


def test_the_name_over_the_summary_is_the_name():
    parser = RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2025, 1, 1))
    parsed = parser.parse_text(EXPORT)
    assert parsed.name == "Rafael Ortiz Medina"
    assert all("Rafael" not in s.name for s in parsed.skills)


def test_the_block_moves_to_the_top():
    assert name_block_first(EXPORT).split("\n")[:3] == ["Rafael Ortiz Medina", "Senior Quantity Surveyor at Gleeds",
                                                          "Manchester, England, United Kingdom"]


def test_other_text_is_left_as_it_was():
    text = EXPORT.replace("Top Skills", "Key Skills")
    assert name_block_first(text) == text
    sentence = EXPORT.replace("Rafael Ortiz Medina\n", "I moved to Manchester in 2015.\n")
    assert name_block_first(sentence) == sentence

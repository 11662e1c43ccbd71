"""A languages section written on one line between middle dots or bullets, each language with its
level after a colon ("Swahili: native · English: fluent"): each language is read, no level."""
from __future__ import annotations

from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


@pytest.mark.parametrize("mark", ["·", "•"])
def test_each_language_between_the_marks(mark):
    text = (f"Amani Wanjiru\n\nSKILLS\nBookkeeping, QuickBooks\n\nLANGUAGES\n"
            f"Spanish: native {mark} English: fluent {mark} Portuguese: basic\n")
    parser = RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2025, 1, 1))
    names = [s.name for s in parser.parse_text(text).skills]
    assert {"Spanish", "English", "Portuguese"} <= set(names)
    assert not any("native" in n or "fluent" in n for n in names)

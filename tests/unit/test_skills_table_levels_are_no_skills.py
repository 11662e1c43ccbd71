"""A skills table with a column of levels ("Skill | Level", "Forklift | Advanced"): the columns'
names and the levels name no skill; the skills beside them are kept."""
from datetime import date

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def test_levels_and_column_names_are_no_skills():
    text = ("Tomasz Nowak\ntomasz@example.org\n\nSKILLS\nSkill | Level\nWelding | Expert\n"
            "Blueprint reading | Intermediate\nGrinding | Advanced\nForklift | Basic\n")
    parsed = RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 1, 1)).parse_text(text)
    names = {s.name.casefold() for s in parsed.skills}
    assert not names & {"skill", "level", "expert", "intermediate", "advanced", "basic"}
    assert {"welding", "grinding"} <= names


def test_basic_in_capitals_is_still_the_language():
    text = "Ann Lee\nann@example.org\n\nSKILLS\nFORTRAN, BASIC, Pascal\n"
    parsed = RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 1, 1)).parse_text(text)
    assert "basic" in {s.name.casefold() for s in parsed.skills}

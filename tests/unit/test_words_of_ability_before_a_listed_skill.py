"""Words of ability before a listed skill ("Able to use", "Confident using", "Can operate a")
are no part of its name; when what follows is no skill's name whole ("Use Go to script builds")
the item is left as written, and "Go" there names no language (fictional résumé lines)."""
import asyncio

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _skills(lines):
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(f"Niamh Doherty\n\nSkills\n{lines}\n"))
    return [s.name for s in parsed.skills]


def test_the_skill_after_words_of_ability_is_named_alone():
    skills = _skills("Able to use Xero\nConfident using AutoCAD, Sage")
    assert "Xero" in skills and "AutoCAD" in skills and "Sage" in skills
    assert not [s for s in skills if s.lower().startswith(("able", "confident"))]


def test_use_before_a_phrase_that_is_no_skill_names_no_language():
    skills = _skills("Use Go to script builds, Docker")
    assert "Go" not in skills and "Docker" in skills

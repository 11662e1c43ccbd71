"""A languages heading right under a skills list opens its own section (its word is no skill),
and a field's status alone ("Completed", "Yes") left of a labelled line is no skill."""
from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.sections import split_sections
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 1, 1))


@pytest.mark.parametrize("skills, languages", [("Fähigkeiten", "Sprachen"), ("Compétences", "Langues"),
                                               ("Skills", "Languages")])
def test_a_languages_heading_under_a_skills_list_opens_its_own_section(skills, languages):
    text = f"Jonas Berger\n\n{skills}\nAutoCAD, Revit\n\n{languages}\nDeutsch, Englisch\n"
    _, sections = split_sections(text)
    assert [s.heading for s in sections] == [skills, languages]


def test_the_languages_heading_is_no_skill():
    text = "Jonas Berger\njonas@example.org\n\nKenntnisse\nAutoCAD, Revit, SAP\n\nSprachen\nDeutsch, Englisch\n"
    names = [s.name.casefold() for s in _parser().parse_text(text).skills]
    assert "sprachen" not in names and "autocad" in names


@pytest.mark.parametrize("line", ["NYSC: Completed 2019", "Driving licence: Yes", "Visa status: Valid"])
def test_a_status_alone_is_no_skill(line):
    text = f"Ada Eze\nada@example.org\n\nSKILLS\nShelf stocking, pricing, cash handling\n{line}\n"
    names = [s.name.casefold() for s in _parser().parse_text(text).skills]
    assert not {"completed", "yes", "valid"} & set(names)
    assert "pricing" in names

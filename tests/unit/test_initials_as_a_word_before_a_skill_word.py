"""Initials written with one capital before a capitalised word are the skill unless the two
words name a place or a name that "San" begins: "Crm Systems", "Plc Programming", "Html Css"
in a list of skills are skills; "San Diego" is not (invented lines)."""
import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

_SKILLS = EmbeddedSkillExtractor()


@pytest.mark.parametrize(("line", "skill"), [
    ("Crm Systems", "CRM"), ("Erp Systems", "ERP"), ("Plc Programming", "PLC"), ("Seo Marketing", "SEO"),
    ("Php Laravel", "PHP"), ("Sap Fico", "SAP"), ("Cpcs Tickets", "CPCS"), ("Html Css Javascript", "CSS"),
])
def test_initials_before_a_skill_or_generic_word_are_the_skill(line, skill):
    found = _SKILLS.extract(line, skills_context=True)
    assert any(skill in name.split() for name in found), found


@pytest.mark.parametrize("line", ["San Diego", "Key accounts, San Antonio", "San Miguel Corporation"])
def test_a_place_after_san_is_no_storage_network(line):
    assert not any("SAN" in name.split() for name in _SKILLS.extract(line, skills_context=True))

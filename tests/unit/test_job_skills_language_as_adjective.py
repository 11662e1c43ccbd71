"""A language named as an adjective in a job ad ('a French brasserie', 'Italian cuisine') says
what kind of place or food it is, not that the language is required; named as a language
('French required', 'fluent French and English', 'Spanish-speaking') it still is."""
import pytest

from domain.job_skills import description_skills
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor


def _skills() -> TaxonomySkillExtractor:
    names = ["French", "Italian", "English", "Menu planning"]
    kinds = [SkillKind.LANGUAGE, SkillKind.LANGUAGE, SkillKind.LANGUAGE, SkillKind.SKILL]
    aliases = {"french": (0, False), "italian": (1, False), "english": (2, False), "menu planning": (3, False)}
    n = len(names)
    return TaxonomySkillExtractor(SkillTaxonomy(names, aliases, [frozenset()] * n, [frozenset()] * n, kinds=kinds))


@pytest.mark.parametrize("description", [
    "Sous chef for a French brasserie: menu planning.", "Menu planning for our Italian cuisine kitchen.",
])
def test_a_language_before_a_noun_is_no_required_language(description):
    required, nice = description_skills("Sous Chef", description, _skills(), 50)
    assert (required, nice) == (["Menu planning"], [])


@pytest.mark.parametrize("description, languages", [
    ("Menu planning. French required.", ["French"]),
    ("Menu planning. Fluent French and English.", ["French", "English"]),
    ("Menu planning. French-speaking guests, so French is a must.", ["French"]),
])
def test_a_language_named_as_a_language_is_still_required(description, languages):
    required, _ = description_skills("Sous Chef", description, _skills(), 50)
    assert required == ["Menu planning", *languages]

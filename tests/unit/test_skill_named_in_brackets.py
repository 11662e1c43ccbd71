"""A skill the person names in brackets after another ("Food safety (HACCP)") is one of their
skills too, so a job that asks for it finds it (fictional résumés)."""
from adapters.embedded.parsing.skills import listed_skills
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor

NAMES = ["Food safety", "HACCP", "Python", "Django", "Spanish", "Microsoft Excel"]
KINDS = [SkillKind.SKILL, SkillKind.CERTIFICATION, SkillKind.TOOL, SkillKind.TOOL, SkillKind.LANGUAGE, SkillKind.TOOL]
ALIASES = {"food safety": (0, False), "haccp": (1, False), "python": (2, False), "django": (3, False),
           "spanish": (4, False), "excel": (5, True), "microsoft excel": (5, False)}
EXTRACTOR = TaxonomySkillExtractor(SkillTaxonomy(NAMES, ALIASES, [frozenset()] * 6, [frozenset()] * 6, kinds=KINDS))


def names(line: str) -> list[str]:
    return [s.name for s in listed_skills([line], EXTRACTOR)]


def test_a_known_skill_in_brackets_after_a_known_skill_is_kept_too():
    assert names("Menu planning, Food safety (HACCP), Pastry") == ["Menu planning", "Food safety", "HACCP", "Pastry"]
    assert names("Python (Django)") == ["Python", "Django"]


def test_a_known_skill_in_brackets_after_an_unknown_one_is_kept_too():
    assert names("Kitchen hygiene (HACCP)") == ["Kitchen hygiene", "HACCP"]


def test_a_level_or_a_note_in_brackets_is_no_skill():
    assert names("Spanish (conversational), Excel (advanced), Python (5 years)") == \
        ["Spanish", "Microsoft Excel", "Python"]


def test_an_abbreviation_in_brackets_after_its_words_is_one_skill():
    assert names("Hazard Analysis Critical Control Point (HACCP)") == ["Hazard Analysis Critical Control Point"]

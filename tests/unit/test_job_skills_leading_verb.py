"""The verb that opens a requirement ("Lead payroll") says what to do with the skill
after it; it is not a skill of its own, even where the taxonomy has one spelled the same."""
from domain.job_skills import description_skills
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor


def _skills() -> TaxonomySkillExtractor:
    names = ["Lead", "Payroll", "IFRS", "Welding"]
    kinds = [SkillKind.SKILL, SkillKind.SKILL, SkillKind.CERTIFICATION, SkillKind.SKILL]
    aliases = {"lead": (0, False), "payroll": (1, False), "ifrs": (2, False), "weld": (3, False),
               "welding": (3, False)}
    n = len(names)
    return TaxonomySkillExtractor(SkillTaxonomy(names, aliases, [frozenset()] * n, [frozenset()] * n, kinds=kinds))


def test_the_opening_verb_of_a_requirement_is_not_a_required_skill():
    required, _ = description_skills("Financial Controller", "Lead payroll, IFRS.", _skills(), 50)
    assert required == ["Payroll", "IFRS"]


def test_a_verb_that_is_the_only_skill_named_is_kept():
    required, _ = description_skills("Fabricator", "Weld steel frames.", _skills(), 50)
    assert required == ["Weld"]


def test_a_verb_the_taxonomy_knows_only_with_an_object_of_its_own_is_no_skill():
    names, kinds = ["lead others", "Payroll"], [SkillKind.SKILL, SkillKind.SKILL]
    aliases = {"lead": (0, False), "lead others": (0, False), "payroll": (1, False)}
    skills = TaxonomySkillExtractor(SkillTaxonomy(names, aliases, [frozenset()] * 2, [frozenset()] * 2, kinds=kinds))
    required, _ = description_skills("Supervisor", "Lead the night shift.", skills, 50)
    assert "Lead" not in required and "lead others" not in required, required

"""An employer who capitalised a skill on purpose ("Food Safety", "Wound Care") sees it as
written: the taxonomy's case replaces theirs only where the taxonomy's name is a fixed
spelling (PostgreSQL, HACCP) or theirs was all one case."""
from __future__ import annotations

import pytest

from domain.employer_spelling import employer_spelling
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor


def _skills() -> TaxonomySkillExtractor:
    names = ["Food safety", "wound care", "PostgreSQL", "HACCP", "Kubernetes", "IV therapy", "Microsoft Excel"]
    kinds = [SkillKind.SKILL, SkillKind.SKILL, SkillKind.TOOL, SkillKind.SKILL, SkillKind.TOOL, SkillKind.SKILL,
             SkillKind.TOOL]
    aliases = {"food safety": (0, False), "food hygiene": (0, False), "wound care": (1, False),
               "postgresql": (2, False), "haccp": (3, False), "kubernetes": (4, False), "iv therapy": (5, False),
               "microsoft excel": (6, False)}
    n = len(names)
    return TaxonomySkillExtractor(SkillTaxonomy(names, aliases, [frozenset()] * n, [frozenset()] * n, kinds=kinds))


@pytest.mark.parametrize("written", ["Food Safety", "Wound Care", "Food safety", "Wound care"])
def test_a_skill_capitalised_on_purpose_keeps_the_employers_case(written):
    assert employer_spelling(written, _skills()) == written


@pytest.mark.parametrize("written, shown", [
    ("postgresql", "PostgreSQL"), ("Postgresql", "PostgreSQL"), ("haccp", "HACCP"), ("Haccp", "HACCP"),
    ("FOOD SAFETY", "Food safety"), ("food safety", "Food safety"), ("KUBERNETES", "Kubernetes"),
    ("food hygiene", "food hygiene"),
])
def test_the_taxonomys_case_still_fixes_a_fixed_spelling_or_text_in_one_case(written, shown):
    assert employer_spelling(written, _skills()) == shown


@pytest.mark.parametrize("written, shown", [
    ("IV Therapy", "IV Therapy"), ("Iv Therapy", "IV Therapy"), ("iv therapy", "IV therapy"),
    ("Microsoft excel", "Microsoft Excel"), ("MICROSOFT EXCEL", "Microsoft Excel"),
])
def test_only_the_fixed_words_of_a_name_take_the_taxonomys_case(written, shown):
    # A nurse's ad lists "IV Therapy": the taxonomy's "IV" is a fixed spelling, its
    # "therapy" a plain word, so the employer's capital T stays in what candidates read.
    assert employer_spelling(written, _skills()) == shown

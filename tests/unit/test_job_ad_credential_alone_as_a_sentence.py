"""A sentence of a description-only job ad that is a credential's name and no more ("Full UK
driving licence.") asks for it as a list's item would; a sentence of what the employer
gives still asks for nothing."""
from __future__ import annotations

from domain.job_skills import description_skills
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor


def _skills() -> TaxonomySkillExtractor:
    names = ["Gas Safe registration", "Plumbing"]
    kinds = [SkillKind.CERTIFICATION, SkillKind.SKILL]
    n = len(names)
    return TaxonomySkillExtractor(SkillTaxonomy(names, {"gas safe": (0, False)}, [frozenset()] * n,
                                                [frozenset()] * n, kinds=kinds))


def _read(description: str) -> list[str]:
    required, nice = description_skills("", description, _skills(), 50)
    return required + nice


def test_a_sentence_that_is_a_licence_asks_for_it() -> None:
    assert _read("Boiler installs across the county. Full UK driving licence.") == ["Full UK driving licence"]
    assert _read("Full EU driving licence") == ["Full EU driving licence"]


def test_a_sentence_about_the_offer_is_still_no_licence() -> None:
    assert _read("Company van and fuel card provided.") == []

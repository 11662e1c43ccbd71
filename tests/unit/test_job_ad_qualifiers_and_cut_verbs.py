"""Words of a job ad that only qualify ("Full and clean driving licence", "and no more than 3
points") or a verb cut from its object ("lift up" of "lift up to 20 kilos") are no skills."""
from __future__ import annotations

from domain.job_skills import description_skills
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor


def _skills() -> TaxonomySkillExtractor:
    names = ["NMC registration", "Registered Nurse (RN)", "NMBI registration", "HGV licence Class 2 (C)",
             "HGV licence Class 1 (C+E)", "Driving licence", "C"]
    kinds = [SkillKind.CERTIFICATION] * 6 + [SkillKind.TOOL]
    aliases = {"nmc pin": (0, False), "rmn": (0, False), "rnld": (0, False), "rn": (1, False),
               "nmbi": (2, False), "category c": (3, False), "category ce": (4, False),
               "driving licence": (5, False), "c": (6, False)}
    n = len(names)
    return TaxonomySkillExtractor(SkillTaxonomy(names, aliases, [frozenset()] * n, [frozenset()] * n, kinds=kinds))


def _read(title: str, description: str) -> list[str]:
    required, nice = description_skills(title, description, _skills(), 50)
    return required + nice


def _all_names(title: str, description: str) -> list[str]:
    return [part for name in _read(title, description) for part in name.split(" or ")]


def test_a_word_that_only_qualifies_the_licence_is_no_skill() -> None:
    assert [n.lower() for n in _read("Van Driver", "Full and clean driving licence.")] == ["driving licence"]


def test_no_more_after_a_class_list_is_no_skill() -> None:
    assert _read("Courier", "Needs licence categories C1, C and no more than 3 points.") == [
        "licence category C1", "licence category C"]


def test_a_verb_cut_from_its_object_is_no_skill() -> None:
    assert _read("Stores Assistant", "Able to lift up to 20 kilos.") == []

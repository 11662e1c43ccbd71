"""A small nursing-and-driving taxonomy and the job-ad reader over it, shared by the unit tests
of how a job ad's prose is read (licence classes, post-nominals, qualifiers)."""
from __future__ import annotations

from domain.job_skills import description_skills
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor


def nursing_and_driving_skills() -> TaxonomySkillExtractor:
    names = ["NMC registration", "Registered Nurse (RN)", "NMBI registration", "HGV licence Class 2 (C)",
             "HGV licence Class 1 (C+E)", "Driving licence", "C", "First aid"]
    kinds = [SkillKind.CERTIFICATION] * 6 + [SkillKind.TOOL, SkillKind.SKILL]
    aliases = {"nmc pin": (0, False), "rmn": (0, False), "rnld": (0, False), "rn": (1, False),
               "nmbi": (2, False), "category c": (3, False), "category ce": (4, False),
               "driving licence": (5, False), "c": (6, False), "first aid": (7, False)}
    n = len(names)
    return TaxonomySkillExtractor(SkillTaxonomy(names, aliases, [frozenset()] * n, [frozenset()] * n, kinds=kinds))


def read_ad(title: str, description: str) -> list[str]:
    """The skills read from the ad, required then nice to have."""
    required, nice = description_skills(title, description, nursing_and_driving_skills(), 50)
    return required + nice


def every_name_read(title: str, description: str) -> list[str]:
    """As read_ad, with "A or B" alternatives split into their names."""
    return [part for name in read_ad(title, description) for part in name.split(" or ")]

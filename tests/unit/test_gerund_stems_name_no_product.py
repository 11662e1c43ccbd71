"""A requirement phrase opening with a gerund is looked up by its base verb too ("administering
medication" as "administer medication"), which names an activity: a stem that spells a
product's name ("Taking" -> "Tak", a thermal analysis kit's initials) names no product. The
shipped taxonomy."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.job_skills import description_skills
from domain.skills import SkillKind, TaxonomySkillExtractor


@pytest.fixture(scope="module")
def skills() -> TaxonomySkillExtractor:
    return TaxonomySkillExtractor(load_taxonomy())


@pytest.mark.parametrize("sentence", [
    "Taking and recording patient observations.",
    "Duties: greeting visitors, taking and passing on messages.",
])
def test_a_gerunds_stem_names_no_product(skills, sentence):
    required, nice = description_skills("Healthcare Assistant", sentence, skills, 50)
    assert [r for r in required + nice if skills.kind(skills.canonical(r) or r) is SkillKind.TOOL] == []


def test_a_gerund_phrase_still_names_its_activity(skills):
    required, _ = description_skills("Care Worker", "Administering medication to residents.", skills, 50)
    assert "Medication administration" in [skills.canonical(r) for r in required]

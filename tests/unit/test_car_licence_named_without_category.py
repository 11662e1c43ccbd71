"""A driving licence named with no category, as British, Irish and Commonwealth CVs and ads
write it ("Full UK driving licence", "clean driving licence"), is the car licence, category B,
on a résumé as on an ad, so a candidate who lists it holds what an ad asking for it wants; a
category written after those words is that category's. The shipped taxonomy."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.driving_licences import licence_covers
from domain.job_skills import description_skills
from domain.skills import TaxonomySkillExtractor

CAR = "Driving licence category B"


@pytest.fixture(scope="module")
def skills() -> TaxonomySkillExtractor:
    return TaxonomySkillExtractor(load_taxonomy())


@pytest.mark.parametrize("written", [
    "Licences: Full clean UK driving licence (0 points), First Aid at Work",
    "Forklift (counterbalance) | Full driving licence | CSCS",
    "Holds a clean driving licence and has her own transport.",
    "Irish driving licence",
])
def test_a_car_licence_named_without_category_is_held(skills, written):
    assert CAR in skills.extract(written)


@pytest.mark.parametrize(("written", "category"), [
    ("Valid UK driving licence category C", "HGV licence Class 2 (C)"),
    ("Full UK driving licence category C+E", "HGV licence Class 1 (C+E)"),
])
def test_a_category_written_after_the_words_is_that_category(skills, written, category):
    found = skills.extract(written)
    assert category in found and CAR not in found


def test_the_car_licence_on_a_cv_meets_the_ad_asking_for_it(skills):
    required, _ = description_skills("Community Support Worker", "A full driving licence and use of a car "
                                     "for work are essential.", skills, 50)
    (asked,) = [r for r in required if "licence" in r]
    assert skills.canonical(asked) == CAR
    assert licence_covers(CAR, asked)
    assert not licence_covers("Driving licence category AM", asked)

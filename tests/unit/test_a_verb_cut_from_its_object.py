"""A verb an ad's span reader cut from its object ("take" of "take and process radiographs",
"obtain" of "the ability to obtain them") is no requirement: a lone verb names nothing a
résumé could hold, and was missing for every candidate; so is a credential's noun with no
subject ("registration" of "registration with the GPhC", "a valid licence"). A word that is a
noun as often ("order", "support") and a skill the taxonomy knows stay as they were."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.duty_requirements import duty_object
from domain.job_skills import description_skills


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


@pytest.mark.parametrize("word", ["take", "obtain", "Take"])
def test_a_lone_verb_has_no_object(word):
    assert duty_object(word) == ""


@pytest.mark.parametrize("word", ["order", "support", "nursing", "Xero"])
def test_a_word_that_is_a_noun_too_is_no_lone_verb(word):
    assert duty_object(word) is None


@pytest.mark.parametrize(("title", "ad", "absent"), [
    ("Veterinary Nurse", "You will take blood samples, and take and process radiographs.", "take"),
    ("Coach Driver", "A PCV licence, or the ability to obtain one through our paid training.", "obtain"),
])
def test_a_cut_verb_is_not_required(skills, title, ad, absent):
    required, nice = description_skills(title, ad, skills, 50)
    assert absent not in [*required, *nice]
    assert required


@pytest.mark.parametrize(("title", "ad", "required"), [
    ("Community Pharmacist", "Essential: MPharm degree and registration with the General Pharmaceutical Council (GPhC).",
     ["MPharm degree", "GPhC"]),
    ("Van Driver", "A valid licence is required.", []),
])
def test_a_credentials_noun_with_no_subject_is_not_required(skills, title, ad, required):
    assert description_skills(title, ad, skills, 50)[0] == required

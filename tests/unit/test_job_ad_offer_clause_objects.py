""""We offer"/"We provide" is the employer's offer only where its object is the package ("a
company pension", "28 days holiday"); the work it describes ("home care including ...") and the
needs after ", so" or after the post's people "with" ... are read (invented lines)."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_ad_sections import offer_clause_end
from domain.job_ad_spans import job_ad_mentions


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


def _read(skills: EmbeddedSkillExtractor, sentence: str) -> list[str]:
    return [sentence[s.start:s.end] for s in job_ad_mentions(sentence, skills)]


@pytest.mark.parametrize(("sentence", "named"), [
    ("We provide flexible support at home including catheter care and stoma care.", "stoma care"),
    ("We provide cover for pharmacies across Kent, so dispensing skills are vital.", "dispensing"),
    ("We offer competitive rates for plumbers with Gas Safe registration.", "Gas Safe"),
    ("We offer free estimates to landlords, so PAT testing experience helps.", "PAT testing"),
])
def test_an_offer_of_the_work_keeps_its_skills(skills, sentence, named):
    assert any(named.lower() in r.lower() for r in _read(skills, sentence)), _read(skills, sentence)


@pytest.mark.parametrize(("sentence", "offered"), [
    ("We offer a generous pension and 30 days annual leave.", "We offer a generous pension and 30 days annual leave"),
    ("We offer our team a cycle to work scheme and you will need a CSCS card.",
     "We offer our team a cycle to work scheme "),
    ("We offer a good salary to electricians with an ECS card.", "We offer a good salary to electricians "),
    ("We offer flexible working and staff discounts.", "We offer flexible working and staff discounts"),
])
def test_an_offer_of_the_package_ends_where_the_needs_begin(sentence, offered):
    assert sentence[:offer_clause_end(sentence)] == offered


@pytest.mark.parametrize("sentence", [
    "We provide flexible support at home including catheter care.",
    "We provide cover for pharmacies across Kent.",
    "We offer competitive rates for plumbers.",
    "We provide free estimates for boiler servicing.",
    "We offer days out and respite hours for families.",
])
def test_an_offer_whose_object_is_no_package_is_no_offer(sentence):
    assert offer_clause_end(sentence) == 0


@pytest.mark.parametrize("sentence", [
    "Meals and accommodation on the farm provided.",
    "Company van and hand tools supplied.",
    "Full uniform and safety boots are provided.",
])
def test_a_sentence_saying_what_is_given_names_no_skill(skills, sentence):
    assert _read(skills, sentence) == []


@pytest.mark.parametrize(("sentence", "named"), [
    ("Knowledge of Vetstoria is useful, but training is provided.", "Vetstoria"),
    ("Forklift tickets provided for candidates with a CSCS card.", "CSCS card"),
])
def test_what_is_given_leaves_the_needs_around_it(skills, sentence, named):
    assert any(named.lower() in r.lower() for r in _read(skills, sentence)), _read(skills, sentence)


def test_what_is_given_free_ends_where_the_needs_begin(skills):
    sentence = "Free forklift training, but you must hold a CSCS card."
    assert "forklift" not in " ".join(_read(skills, sentence)).lower()
    assert "CSCS card" in _read(skills, sentence)

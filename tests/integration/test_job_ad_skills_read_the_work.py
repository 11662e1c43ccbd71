"""The skills a job ad yields, with the shipped taxonomy: only from the parts that describe
the work (not pay, benefits or the employer), with clinical credentials typed in lower case
and trade terms used as nouns in prose."""
from __future__ import annotations

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_skills import description_skills

SKILLS = EmbeddedSkillExtractor()

CHEF_AD = """Head Chef – Bistro, Manchester
Salary: £32,000 - £36,000 per annum plus tronc
Pay: $18.50 per hour, paid in dollars and cents
Responsibilities:
- Manage stock control and ordering
Requirements:
- Food hygiene level 3
Benefits:
28 days holiday, staff meals, pension scheme, free parking
"""


def _lower(names: list[str]) -> set[str]:
    return {n.lower() for n in names}


def test_pay_and_benefit_lines_name_no_skill():
    required, nice = description_skills("Head Chef", CHEF_AD, SKILLS, 50)
    found = _lower(required + nice)
    assert not found & {"cents", "dollars", "scheme", "free parking", "pension scheme"}, found
    assert {"stock control", "food hygiene level 3"} <= found, found  # the credential, level and all


def test_the_title_occupation_is_not_the_product_of_the_same_name():
    required, _ = description_skills("Head Chef", CHEF_AD, SKILLS, 50)
    assert "chef" not in _lower(required), required


def test_a_skill_head_word_after_another_word_names_a_different_compound():
    assert "packaging engineering" not in _lower(SKILLS.extract("menu engineering, costing, HACCP"))


def test_clinical_initials_typed_in_lower_case_are_the_credentials_where_they_are_asked_for():
    required, nice = description_skills(
        "ED Nurse", "Current bls and acls required; als preferred.", SKILLS, 50)
    assert "Basic Life Support (BLS)" in required and "Advanced Cardiovascular Life Support (ACLS)" in required
    assert "Advanced Life Support (ALS)" in nice


def test_lower_case_initials_without_a_word_of_credentials_stay_words():
    assert SKILLS.extract("Er arbeitete als Krankenpfleger in Berlin.") == []
    assert SKILLS.extract("Ich bin als Koch tätig") == []


def test_a_trade_term_in_prose_counts_where_it_stands_as_a_noun():
    assert "Triage" in SKILLS.extract("We need a nurse confident in triage.")
    assert "Triage" in SKILLS.extract("Triage of walk-in patients is part of the role.")


def test_a_trade_term_opening_a_compound_is_not_named():
    assert SKILLS.extract("Work with sales manager to agree targets") == []
    assert "Sales" not in SKILLS.extract("the administration and sales processes are managed online")

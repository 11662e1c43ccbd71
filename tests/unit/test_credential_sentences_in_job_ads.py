"""A job ad's sentence that opens with a credential and says on what terms it must be held
("Full UK driving licence (Category B) with no more than 6 points.") asks for it, with no word
asking and no bullet; a sentence that mentions a licence in passing, or says what the employer
gives ("we pay for your licence renewal", "fuel card provided"), asks for nothing."""
from __future__ import annotations

import pytest

from domain.job_skills import description_skills
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor


def _skills() -> TaxonomySkillExtractor:
    names = ["CSCS card", "Registered Nurse (RN)", "Food Handler certificate", "Security clearance", "Python"]
    kinds = [SkillKind.CERTIFICATION] * 4 + [SkillKind.TOOL]
    aliases = {"cscs card": (0, False), "rn licence": (1, False), "rn license": (1, False),
               "food hygiene certificate": (2, False), "security clearance": (3, False), "python": (4, False)}
    n = len(names)
    return TaxonomySkillExtractor(SkillTaxonomy(names, aliases, [frozenset()] * n, [frozenset()] * n, kinds=kinds))


@pytest.mark.parametrize("title, sentence, expected", [
    ("Delivery Driver", "Full UK driving licence (Category B) with no more than 6 points.", "Full UK driving licence"),
    ("Site Labourer", "Valid CSCS card held for at least a year.", "CSCS card"),
    ("Staff Nurse", "RN license with no restrictions in the state of Ohio.", "RN license"),
    ("Kitchen Porter", "Food hygiene certificate (Level 2) within the last 3 years.", "Food hygiene certificate"),
    ("Analyst", "Security clearance to SC level.", "Security clearance"),
    ("Forklift Operator", "Counterbalance forklift licence, held for 2 years.", "Counterbalance forklift licence"),
    ("First Officer", "Commercial pilot licence with a current instrument rating.", "Commercial pilot licence"),
    ("Maths Teacher", "State teaching certificate for grades 7-12.", "State teaching certificate"),
    ("Pharmacy Technician", "Pharmacy technician licence in good standing.", "Pharmacy technician licence"),
    ("Support Worker", "Enhanced disclosure certificate issued within the last 3 months.",
     "Enhanced disclosure certificate"),
    ("Electrician", "ECS gold card (JIB) with an in-date health and safety test.", None),  # a card: as often a perk
])
def test_a_sentence_opened_by_a_credential_on_terms_asks_for_it(title, sentence, expected):
    required, nice = description_skills(title, f"About the role\n{sentence}\n", _skills(), 50)
    assert nice == []
    if expected is None:
        assert required == []
    else:
        assert required[:1] == [expected]


@pytest.mark.parametrize("sentence", [
    "We pay for your licence renewal.",
    "Your licence renewal is paid for by us.",
    "Licence renewals covered by the company.",
    "Licences for all vehicles provided.",
    "Fuel card with unlimited mileage.",
    "A driving licence is not needed for this role, as you will work from one office.",
    "Great team with a friendly atmosphere.",
])
def test_a_licence_mentioned_in_passing_or_given_is_no_requirement(sentence):
    assert description_skills("Warehouse Operative", sentence, _skills(), 50) == ([], [])

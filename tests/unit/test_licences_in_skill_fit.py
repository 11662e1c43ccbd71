"""A job's driving licence is met by any scheme's name of a category that covers it (MET,
EQUIVALENT), and never by a lower category."""
from __future__ import annotations

import pytest

from domain.driving_licences import licence_category
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.matching.skill_credits import SkillCredits
from domain.matching.skill_facts import FitStatus
from domain.matching.specialisations import meeting, meets, name_key
from domain.skill_relations import RelationSource
from tests.fakes.skill_relations import FakeSkillExtractor


def _fit(held: str, wanted: str):
    scorer = MatchScorer(FakeSkillExtractor())
    candidate = CandidateProfile(resume_id="r", candidate_id="u", skills=frozenset({held}))
    job = JobProfile(job_id="j", title="Driver", required_skills=(wanted,))
    return scorer.skill_fit(candidate, job).facts[0]


@pytest.mark.parametrize("held, wanted", [
    ("HGV Class 1", "Führerschein Klasse CE"),
    ("Führerschein Klasse CE", "HGV licence Class 1 (C+E)"),
    ("HGV licence Class 1 (C+E)", "Führerschein Klasse C"),
    ("permis CE", "Driving licence category B"),
    ("PCV licence (D)", "Driving licence category D1"),
])
def test_a_licence_covering_the_one_asked_for_meets_it(held, wanted):
    fact = _fit(held, wanted)
    assert (fact.status, fact.source, fact.credit) == (FitStatus.MET, RelationSource.EQUIVALENT, 1.0)


@pytest.mark.parametrize("held, wanted", [
    ("Führerschein Klasse C", "Führerschein Klasse CE"),
    ("Category C licence", "Category CE"),
    ("Driving licence category C1", "HGV licence Class 2 (C)"),
    ("Driving licence category B", "Driving licence category BE"),
    ("HGV licence Class 1 (C+E)", "PCV licence (D)"),
])
def test_a_lower_category_never_meets_a_higher_one(held, wanted):
    assert _fit(held, wanted).status is not FitStatus.MET


def test_the_batch_credits_a_covering_licence_as_the_scorer_does():
    scorer = MatchScorer(FakeSkillExtractor())
    candidates = [CandidateProfile(resume_id=f"r{n}", candidate_id=f"u{n}", skills=frozenset({held}))
                  for n, held in enumerate(["HGV Class 1", "Führerschein Klasse C", "Python 3"])]
    credits = SkillCredits(scorer, candidates).of(["r0", "r1", "r2"], ["Führerschein Klasse CE", "Python"])
    assert credits.tolist() == [[1.0, 0.0], [0.0, 0.0], [0.0, 1.0]]


def test_the_batchs_shortcut_finds_exactly_the_names_that_meet():
    held = ["HGV Class 1", "Führerschein Klasse C", "Python 3", "ICAEW Chartered Accountant (ACA)", "Level 3 Food Safety",
            "Category B", "permis D", "Java EE", "Commercial Driver's License Class A (CDL-A)", "Python",
            "CSCS Blue Skilled Worker card", "SIA Close Protection licence", "Full UK driving licence", "CSCS",
            "Counterbalance forklift licence", "Counterbalance forklift (RTITB)", "Provisional driving licence",
            "Paediatric first aid certificate", "ESL teaching"]
    wanted = ["Führerschein Klasse CE", "Python", "Chartered Accountant (CA)", "Food safety", "Category C licence",
              "Driving licence category D1", "Java", "Commercial Driver's License (CDL)", "Driving licence category B",
              "CSCS card", "SIA licence", "Full UK driving licence", "Forklift certification",
              "First Aid certification", "Driving licence", "Teaching certificate"]
    keys, categories = [name_key(h) for h in held], [licence_category(h) for h in held]
    for w in wanted:
        assert meeting(held, keys, categories, w) == [i for i, h in enumerate(held) if meets(h, w)]


@pytest.mark.parametrize("held, wanted", [
    ("CSCS Blue Skilled Worker card", "CSCS card"), ("SIA Close Protection licence", "SIA licence"),
    ("SIA Door Supervisor Licence", "SIA licence"), ("ECS Gold Card", "ECS card"), ("IPAF PAL card", "IPAF card"),
])
def test_a_kind_of_a_schemes_card_is_its_card(held, wanted):
    assert meets(held, wanted)
    assert not meets(wanted, held)  # the scheme's card in general is not the one kind asked for


@pytest.mark.parametrize("held, wanted", [
    ("Teaching assistant certificate", "Teaching certificate"),  # no scheme's initials: another credential
    ("CSCS Blue Skilled Worker card", "SIA licence"), ("CPA Australia", "CPA"),
    ("SIA Door Supervisor Close Protection Event Security licence", "SIA licence"),  # not a kind's name
])
def test_other_names_between_are_no_kind_of_the_card(held, wanted):
    assert not meets(held, wanted)


@pytest.mark.parametrize("held, wanted", [
    ("Counterbalance forklift licence", "Forklift certification"), ("Counterbalance forklift (RTITB)", "Forklift certification"),
    ("Paediatric first aid certificate", "First Aid certification"), ("HGV driving licence", "Driving licence"),
    ("Level 3 food hygiene certificate", "Food hygiene certificate"),
])
def test_a_kind_of_a_credential_named_as_one_meets_the_credential(held, wanted):
    assert meets(held, wanted) and not meets(wanted, held)


@pytest.mark.parametrize("held, wanted", [
    ("Provisional driving licence", "Driving licence"),  # less than the licence
    ("Learner forklift licence", "Forklift certification"),
    ("ESL teaching", "Teaching certificate"),  # a skill, not named as a credential
    ("Reach truck (RTITB)", "Forklift certification"),  # another subject's words
    ("Senior master commercial forklift licence", "Forklift certification"),  # more than a kind's words
])
def test_what_is_no_kind_of_the_credential(held, wanted):
    assert not meets(held, wanted)


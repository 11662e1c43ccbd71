"""The shipped taxonomy: one driving-licence category under every scheme's name, distinct
professional bodies kept apart, and languages never standing in for one another."""
from __future__ import annotations

import itertools

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.driving_licences import licence_category
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.matching.skill_facts import FitStatus
from domain.skill_relations import RelationSource


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


@pytest.mark.parametrize("names", [
    ["Category CE", "C+E", "HGV Class 1", "LGV Class 1", "Führerschein Klasse CE", "Klasse CE", "permis CE",
     "rijbewijs CE", "prawo jazdy kat. CE"],
    ["Category C licence", "HGV Class 2", "Führerschein Klasse C", "permis C", "rijbewijs C"],
    ["Führerschein Klasse C1E", "permis C1E", "Category C1+E"],
    ["Code 95", "Driver CPC", "Fahrerqualifizierung", "Schlüsselzahl 95", "driver qualification card"],
])
def test_every_name_of_one_credential_is_one_skill(skills, names):
    assert len({skills.canonical(n) for n in names}) == 1
    assert skills.canonical(names[0]) is not None


def test_each_licence_keeps_its_category(skills):
    assert licence_category(skills.canonical("Führerschein Klasse C")) == "C"
    assert licence_category(skills.canonical("Führerschein Klasse CE")) == "CE"
    assert licence_category(skills.canonical("permis D1E")) == "D1E"


def _required(skills: EmbeddedSkillExtractor, held: str, wanted: str):
    candidate = CandidateProfile(resume_id="r", candidate_id="u", skills=frozenset({skills.canonical(held)}))
    job = JobProfile(job_id="j", title="Driver", required_skills=(skills.canonical(wanted),))
    return MatchScorer(skills).skill_fit(candidate, job).facts[0]


def test_a_job_asking_for_ce_takes_any_schemes_ce_but_not_a_c(skills):
    assert _required(skills, "HGV Class 1", "Führerschein Klasse CE").status is FitStatus.MET
    assert _required(skills, "Führerschein Klasse CE", "Category C licence").status is FitStatus.MET
    assert _required(skills, "Führerschein Klasse C", "Führerschein Klasse CE").status is not FitStatus.MET
    assert _required(skills, "Category C licence", "Category CE").status is not FitStatus.MET


@pytest.mark.parametrize("one, other", [("ICAI", "ICAEW"), ("ICAI", "ICAEW ACA"), ("ICAI", "ICAS"), ("CPA Australia", "Certified Public Accountant"),
                                        ("CPA Canada", "CPA"), ("Registered General Nurse", "Registered Nurse (RN)")])
def test_look_alike_credentials_of_distinct_bodies_are_related_at_most(skills, one, other):
    a, b = skills.canonical(one), skills.canonical(other)
    assert a is not None and b is not None and a != b
    found = skills.relation(a, b)
    assert found is None or found.source in (RelationSource.TAXONOMY, RelationSource.EMBEDDING)


LANGUAGES = ["English", "German", "French", "Spanish", "Portuguese", "Italian", "Dutch", "Polish"]


@pytest.mark.parametrize("one, other", itertools.permutations(LANGUAGES, 2))
def test_no_language_is_related_to_another(skills, one, other):
    assert skills.relation(skills.canonical(one), skills.canonical(other)) is None


@pytest.mark.parametrize("written, language", [("Deutschkenntnisse", "German"), ("Englischkenntnisse", "English"),
                                               ("Inglês", "English"), ("Português", "Portuguese"),
                                               ("Espanhol", "Spanish"), ("anglais", "English"), ("Deutsch", "German")])
def test_languages_named_in_other_languages(skills, written, language):
    assert skills.canonical(written) == language


def test_near_names_of_different_trades_are_not_related(skills):
    assert skills.relation(skills.canonical("Route planning"), skills.canonical("Menu planning")) is None

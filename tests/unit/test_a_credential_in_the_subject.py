"""A credential in a subject ("HACCP certification", "Hairdressing qualification") meets an ad's
ask for the subject as a skill ("HACCP", "Hairdressing"): the taxonomy files the credential and
the skill apart, and a salon's stylist listing an NVQ in hairdressing was told they missed
hairdressing. Other credentials and skills stay apart. The shipped taxonomy."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.matching.batch_scoring import score_candidates
from domain.matching.skill_credits import SkillCredits
from domain.matching.skill_facts import FitStatus
from domain.matching.specialisations import a_credential_in
from domain.resumes import ParsedResume, SkillEntry
from tests.unit.test_registered_professions import _job


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


@pytest.mark.parametrize(("held", "wanted", "meets"), [
    ("HACCP certification", "HACCP", True),
    ("Hairdressing qualification", "hairdressing", True),
    ("First Aid certification", "first aid", True),
    ("HACCP certification", "food safety", False),
    ("Hairdressing", "hairdressing", False),
])
def test_a_credential_in_the_subject(held, wanted, meets):
    assert a_credential_in(held, wanted) is meets


@pytest.mark.parametrize(("wanted", "listed"), [("Hairdressing", "NVQ Level 3 Hairdressing"), ("HACCP", "HACCP Level 2")])
def test_the_listed_qualification_meets_the_ask(skills, wanted, listed):
    job = JobProfile.from_job(_job("Senior Stylist", [wanted]), skills)
    candidate = CandidateProfile.from_resume("r", "c", ParsedResume(skills=[SkillEntry(name=listed)]), skills=skills)
    scorer = MatchScorer(skills)
    (fact,) = scorer.skill_fit(candidate, job).facts
    assert fact.status is FitStatus.MET
    batch = score_candidates(scorer, [candidate], job, [0.5], SkillCredits(scorer, [candidate]))
    assert batch.scores[0] == scorer.score(candidate, job, 0.5).score

"""A licence, registration or certification a job requires is a gate: a candidate of the same
profession without it ranks clearly below one who holds it, even when their résumé reads
closer to the ad; holding a licence that covers the one asked for is holding it; a
nice-to-have credential and an ordinary skill are no gates; a résumé of which no skill was
read is not taken to lack the licence; and the batch scorers say what the per-pair one says.
With the shipped taxonomy, as the service reads jobs and résumés."""
from __future__ import annotations

import random

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.jobs import Job
from domain.matching import CandidateProfile, JobProfile, MatchScorer, MatchWeights, explain
from domain.matching.batch_jobs import score_jobs
from domain.matching.batch_scoring import score_candidates
from domain.matching.reasons import ReasonKind, reasons
from domain.resumes import ParsedResume, SkillEntry
from domain.skills import SkillKind
from tests.fakes.skill_relations import FakeSkillExtractor
from tests.integration.contract.repository_backends import at
from tests.unit.test_match_batch_scoring import RELATIONS, SKILLS, a_candidate, a_job


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


def a_job_asking(skills, title: str, required: list[str], nice: list[str] | None = None) -> JobProfile:
    job = Job(id="j", organization_id="o", title=title, description=title, required_skills=required,
              nice_to_have_skills=nice or [], posted_at=at(0), updated_at=at(0), posted_by="e")
    return JobProfile.from_job(job, skills)


def a_resume_holding(skills, held: list[str], n: int = 1) -> CandidateProfile:
    parsed = ParsedResume(skills=[SkillEntry(name=s) for s in held])
    return CandidateProfile.from_resume(f"r{n}", f"u{n}", parsed, skills=skills)


# (title, required, nice, the holder's skills, the non-holder's skills, the credential as written)
PROFESSIONS = [
    ("HGV Class 1 Driver", ["Category CE licence", "Driver CPC", "Tachograph"], [],
     ["HGV Class 1", "Driver CPC", "Tachograph"], ["Category C", "Driver CPC", "Tachograph"],
     "licence", "Category CE licence"),
    ("Staff Nurse", ["NMC registration", "wound care", "Medication administration"], [],
     ["NMC registration", "wound care", "Medication administration"],
     ["wound care", "Medication administration", "Basic Life Support (BLS)"], "registration", "NMC registration"),
    ("Registered Nurse", ["RN license", "wound care"], [],
     ["Registered Nurse (RN)", "wound care"], ["wound care", "Medication administration"], "licence", "RN license"),
    ("Management Accountant", ["ACCA or CIMA", "Management accounting"], [],
     ["CIMA", "Management accounting"], ["Management accounting", "Financial reporting"], "qualification",
     "ACCA or CIMA"),
    ("Electrician", ["18th Edition", "Electrical troubleshooting"], [],
     ["18th Edition wiring regulations", "Electrical troubleshooting"], ["Electrical troubleshooting"],
     "qualification", "18th Edition"),
    ("Site Operative", ["CSCS card", "Manual handling"], [],
     ["CSCS card", "Manual handling"], ["Manual handling", "forklift operation"], "card", "CSCS card"),
    ("Forklift Driver", ["Forklift licence", "Inventory control"], [],
     ["Forklift certification", "Inventory control"], ["forklift operation", "Inventory control"],
     "licence", "Forklift licence"),
]


@pytest.mark.parametrize(("title", "required", "nice", "holder", "other", "noun", "written"), PROFESSIONS,
                         ids=[p[0] for p in PROFESSIONS])
def test_the_holder_outranks_a_closer_reading_candidate_without_the_credential(
        skills, title, required, nice, holder, other, noun, written):
    scorer = MatchScorer(skills)
    job = a_job_asking(skills, title, required, nice)
    # The one without the credential reads a little closer to the ad (as QA found): without
    # the gate their score was the higher.
    with_it = scorer.score(a_resume_holding(skills, holder, 1), job, similarity=0.62)
    without = scorer.score(a_resume_holding(skills, other, 2), job, similarity=0.70)
    assert with_it.score - without.score >= 0.2, (with_it.score, without.score)
    assert without.credential_factor == MatchWeights().missing_credential_factor
    assert with_it.credential_factor == 1.0 and with_it.skills.credentials_missing == ()
    assert without.skills.credentials_missing == (written,)
    assert f"missing required {noun}: {written}" in explain(without, shows_contact=True)
    assert "missing required" not in explain(with_it, shows_contact=True)


def test_a_licence_covering_the_one_asked_for_is_no_missing_licence(skills):
    scorer = MatchScorer(skills)
    job = a_job_asking(skills, "HGV Class 2 Driver", ["Category C", "Tachograph"])
    covering = scorer.score(a_resume_holding(skills, ["Category CE", "Tachograph"], 1), job, similarity=0.6)
    exact = scorer.score(a_resume_holding(skills, ["HGV Class 2", "Tachograph"], 2), job, similarity=0.6)
    assert covering.credential_factor == 1.0 and covering.skills.credentials_missing == ()
    assert covering.score == exact.score
    # ... while the lower category does not cover the higher, related though they are
    job = a_job_asking(skills, "HGV Class 1 Driver", ["Category CE", "Tachograph"])
    lower = scorer.score(a_resume_holding(skills, ["Category C", "Tachograph"], 3), job, similarity=0.6)
    assert lower.credential_factor < 1.0
    assert "missing required licence: Category CE (the candidate's Category C is related but does not meet it)" \
        in explain(lower, shows_contact=True)


@pytest.mark.parametrize(("title", "required", "nice", "held"), [
    ("HGV Class 1 Driver", ["Category CE", "Tachograph"], ["ADR", "Driver CPC"], ["Category CE", "Tachograph"]),
    ("Staff Nurse", ["NMC registration"], ["Basic Life Support (BLS)"], ["NMC registration"]),
    ("Site Electrician", ["18th Edition"], ["IPAF", "CSCS card"], ["18th Edition"]),
])
def test_a_nice_to_have_credential_is_no_gate(skills, title, required, nice, held):
    result = MatchScorer(skills).score(a_resume_holding(skills, held), a_job_asking(skills, title, required, nice),
                                       similarity=0.6)
    assert result.credential_factor == 1.0 and result.skills.credentials_missing == ()
    assert "missing required" not in explain(result, shows_contact=True)


def test_an_ordinary_required_skill_missing_is_no_gate(skills):
    job = a_job_asking(skills, "Staff Nurse", ["NMC registration", "wound care", "Medication administration"])
    result = MatchScorer(skills).score(a_resume_holding(skills, ["NMC registration", "wound care"]), job,
                                       similarity=0.6)
    assert result.credential_factor == 1.0 and result.skills.credentials_missing == ()
    assert "missing Medication administration" in explain(result, shows_contact=True)


def test_a_credential_the_taxonomy_does_not_know_is_no_gate(skills):
    """Met by its exact spelling alone, it would gate a holder who wrote it another way."""
    job = a_job_asking(skills, "Electrician", ["ECS card", "Electrical troubleshooting"])
    result = MatchScorer(skills).score(a_resume_holding(skills, ["ECS Gold Card", "Electrical troubleshooting"]), job,
                                       similarity=0.6)
    assert result.credential_factor == 1.0 and result.skills.credentials_missing == ()


def test_a_resume_of_which_no_skill_was_read_is_not_taken_to_lack_the_licence(skills):
    job = a_job_asking(skills, "HGV Class 1 Driver", ["Category CE", "Driver CPC"])
    result = MatchScorer(skills).score(a_resume_holding(skills, []), job, similarity=0.6)
    assert result.credential_factor == 1.0
    assert result.skills.credentials_missing == () and result.skills.credentials_unknown == ("Category CE", "Driver CPC")
    text = explain(result, shows_contact=True)
    assert "missing required" not in text and "missing Category CE" not in text
    assert "whether the candidate holds the required licence Category CE (no skills read from the résumé)" in text
    own = explain(result, shows_contact=True, to_candidate=True)
    assert "whether you hold the required licence Category CE (no skills read from your résumé)" in own, own
    assert "the candidate" not in own and "the résumé" not in own, own


def test_the_gate_is_configurable_and_one_turns_it_off(skills):
    job = a_job_asking(skills, "Staff Nurse", ["NMC registration", "wound care"])
    candidate = a_resume_holding(skills, ["wound care"])
    off = MatchScorer(skills, MatchWeights(missing_credential_factor=1.0)).score(candidate, job, similarity=0.6)
    half = MatchScorer(skills, MatchWeights(missing_credential_factor=0.5)).score(candidate, job, similarity=0.6)
    assert half.score == round(off.score * 0.5, 4)
    assert off.skills.credentials_missing == ("NMC registration",)  # still said, only not weighed


def test_a_gate_reason_is_marked(skills):
    job = a_job_asking(skills, "Staff Nurse", ["NMC registration", "wound care"], ["Basic Life Support (BLS)"])
    result = MatchScorer(skills).score(a_resume_holding(skills, ["wound care"]), job, similarity=0.6)
    gates = {r.skill: r.gate for r in reasons(result) if r.kind is ReasonKind.SKILL}
    assert gates == {"NMC registration": True, "wound care": False, "Basic Life Support (BLS)": False}


CREDENTIALS = dict.fromkeys(SKILLS[:8], SkillKind.CERTIFICATION)


@pytest.mark.parametrize("seed", range(30))
def test_the_batch_scorers_gate_as_the_per_pair_scorer_does(seed):
    rng = random.Random(5000 + seed)
    scorer = MatchScorer(FakeSkillExtractor(relations=RELATIONS, kinds=CREDENTIALS))
    job = a_job(rng)
    candidates = [a_candidate(rng, n) for n in range(60)]
    similarities = [rng.uniform(-0.1, 0.9) for _ in candidates]
    batch = score_candidates(scorer, candidates, job, similarities)
    references = [scorer.score(c, job, s) for c, s in zip(candidates, similarities)]
    assert batch.scores.tolist() == [r.score for r in references]
    jobs = [a_job(rng) for _ in range(40)]
    job_similarities = [rng.uniform(-0.1, 0.9) for _ in jobs]
    by_jobs = score_jobs(scorer, candidates[0], jobs, job_similarities)
    assert by_jobs.scores.tolist() == [scorer.score(candidates[0], j, s).score for j, s in zip(jobs, job_similarities)]


def test_the_random_batches_do_gate_some_pairs():
    """The agreement above is of gated pairs too, not only of pairs no gate touched."""
    scorer = MatchScorer(FakeSkillExtractor(relations=RELATIONS, kinds=CREDENTIALS))
    factors = []
    for seed in range(30):
        rng = random.Random(5000 + seed)
        job = a_job(rng)
        candidates = [a_candidate(rng, n) for n in range(60)]
        similarities = [rng.uniform(-0.1, 0.9) for _ in candidates]
        factors += [scorer.score(c, job, s).credential_factor for c, s in zip(candidates, similarities)]
    assert 0.1 * len(factors) < factors.count(1.0) < 0.9 * len(factors)

"""A required registration the candidate holds only in another jurisdiction (a nurse on
another country's register for a post asking the local one) is not met, yet not missing
either: the score is lowered half as much as for a missing one, the sentence says the
candidate holds the profession's registration elsewhere, and all three scorers agree.
An invented taxonomy: regulators of one profession in two countries, and another profession."""
from __future__ import annotations

import random

import pytest

from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.matching.batch_jobs import score_jobs
from domain.matching.batch_scoring import score_candidates
from domain.matching.explanation import explain
from domain.skill_relations import PROFESSION_GROUP
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor

_NAMES = ["Northland nurse registration", "Southland nurse registration", "Northland midwife registration",
          "Wound care", "Forklift licence"]
_GROUPS = [frozenset({"certification", PROFESSION_GROUP + "nurse"}),
           frozenset({"certification", PROFESSION_GROUP + "nurse"}),
           frozenset({"certification", PROFESSION_GROUP + "midwife"}), frozenset(), frozenset({"certification"})]
_KINDS = [SkillKind.CERTIFICATION] * 3 + [SkillKind.SKILL, SkillKind.CERTIFICATION]


@pytest.fixture(scope="module")
def scorer() -> MatchScorer:
    aliases = {n.casefold(): (i, False) for i, n in enumerate(_NAMES)}
    n = len(_NAMES)
    return MatchScorer(TaxonomySkillExtractor(SkillTaxonomy(_NAMES, aliases, _GROUPS, [frozenset()] * n, kinds=_KINDS)))


_JOB = JobProfile(job_id="j", title="Staff Nurse", required_skills=("Northland nurse registration", "Wound care"))


def _nurse(held: str, n: int = 0) -> CandidateProfile:
    return CandidateProfile(resume_id=f"r{n}", candidate_id=f"c{n}", skills=frozenset({held, "Wound care"}))


def test_the_registration_held_abroad_costs_half_the_missing_ones(scorer):
    local, abroad, other = (scorer.score(_nurse(h), _JOB, 0.5) for h in
                            ("Northland nurse registration", "Southland nurse registration", "Northland midwife registration"))
    assert local.credential_factor == 1.0 and other.credential_factor == pytest.approx(0.6)
    assert abroad.credential_factor == pytest.approx(0.8)
    assert other.score < abroad.score < local.score
    assert dict(abroad.skills.credentials_abroad) == {"Northland nurse registration": "Southland nurse registration"}
    sentence = explain(abroad, shows_contact=False)
    assert "Southland nurse registration is another registration of the same profession" in sentence
    assert "missing required registration" not in sentence
    assert "missing required registration: Northland nurse registration" in explain(other, shows_contact=False)


def test_another_gate_missing_outright_still_costs_in_full(scorer):
    job = JobProfile(job_id="k", title="Nurse", required_skills=("Northland nurse registration", "Forklift licence"))
    assert scorer.score(_nurse("Southland nurse registration"), job, 0.5).credential_factor == pytest.approx(0.6)


@pytest.mark.parametrize("seed", range(6))
def test_the_batch_scorers_agree(scorer, seed):
    rng = random.Random(seed)
    pool = ["Northland nurse registration", "Southland nurse registration", "Northland midwife registration",
            "Forklift licence", "Wound care"]
    candidates = [CandidateProfile(resume_id=f"r{n}", candidate_id=f"c{n}",
                                   skills=frozenset(rng.sample(pool, rng.randint(0, 3)))) for n in range(30)]
    jobs = [JobProfile(job_id=f"j{k}", title="Nurse", required_skills=tuple(rng.sample(pool, rng.randint(1, 3))))
            for k in range(8)]
    for job in jobs:
        batch = score_candidates(scorer, candidates, job, [0.5] * len(candidates))
        assert batch.scores.tolist() == [scorer.score(c, job, 0.5).score for c in candidates]
    for candidate in candidates:
        batch = score_jobs(scorer, candidate, jobs, [0.5] * len(jobs))
        assert batch.scores.tolist() == [scorer.score(candidate, j, 0.5).score for j in jobs]


@pytest.mark.parametrize(("written", "local"), [
    ("Registered with the Nursing Council of Kenya", "NMC registration"),
    ("Kenya Registered Midwife", "NMC Registered Midwife"),
    ("PRC licensed nurse", "NMC registration"),
    ("Nursing Council of New Zealand registration", "AHPRA nurse registration"),
])
def test_other_countries_registers_with_the_shipped_taxonomy(written, local):
    from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
    skills = EmbeddedSkillExtractor()
    held = skills.canonical(written)
    assert held is not None and held != local
    assert skills.profession(held) == skills.profession(local) is not None


def test_a_credential_the_job_asks_for_too_is_not_another_jurisdictions(scorer):
    """Held beside the one it asks, a credential the job itself asks for is the job's own
    jurisdiction's, not another's: the other one is missing outright, in all three scorers."""
    job = JobProfile(job_id="both", title="Nurse",
                     required_skills=("Northland nurse registration", "Southland nurse registration"))
    candidate = _nurse("Southland nurse registration")
    single = scorer.score(candidate, job, 0.5)
    assert single.credential_factor == pytest.approx(0.6)
    assert single.skills.credentials_abroad == ()
    assert score_candidates(scorer, [candidate], job, [0.5]).scores.tolist() == [single.score]
    assert score_jobs(scorer, candidate, [job], [0.5]).scores.tolist() == [single.score]


def test_an_electricians_own_qualification_is_not_the_card_held_elsewhere():
    """A UK electrician's post asking the ECS card and the 18th Edition: the 18th Edition the
    candidate holds meets its own ask, and is no card of another country's."""
    from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
    skills = EmbeddedSkillExtractor()
    card, wiring = skills.canonical("ECS card"), skills.canonical("18th Edition")
    assert card is not None and wiring is not None
    job = JobProfile(job_id="e", title="Electrician", required_skills=(card, wiring))
    candidate = CandidateProfile(resume_id="r", candidate_id="c", skills=frozenset({wiring}))
    match = MatchScorer(skills).score(candidate, job, 0.5)
    assert match.credential_factor == pytest.approx(0.6)
    assert "missing required card: ECS card" in explain(match, shows_contact=False)


@pytest.mark.parametrize("held", ["RGN", "NMC registration"])
def test_another_field_of_the_same_register_is_not_held_elsewhere(held):
    """A mental health nurse's post asking RMN: an RGN, or the NMC's register named alone, is
    the same (UK) register, whose field asked is missing, not held in another jurisdiction."""
    from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
    skills = EmbeddedSkillExtractor()
    rmn, rgn = skills.canonical("RMN"), skills.canonical(held)
    assert rmn is not None and rgn is not None
    job = JobProfile(job_id="m", title="Mental Health Nurse", required_skills=(rmn,))
    match = MatchScorer(skills).score(CandidateProfile(resume_id="r", candidate_id="c", skills=frozenset({rgn})),
                                      job, 0.5)
    assert match.credential_factor == pytest.approx(0.6)
    assert match.skills.credentials_abroad == ()

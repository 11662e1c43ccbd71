"""A job asking for two skills in one entry ("CPR and First Aid certification") is met by a
résumé listing the two apart: both held is holding it, one held is half of it, and the batch
scorers credit it as the per-pair scorer does."""
from __future__ import annotations

import random

import pytest

from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.matching.batch_jobs import score_jobs
from domain.matching.batch_scoring import score_candidates
from domain.matching.joint_skills import joint_parts
from domain.matching.skill_credits import SkillCredits
from tests.fakes.skill_relations import FakeSkillExtractor

JOINT = "Resuscitation and Trauma Care certification"
ALIASES = {JOINT: JOINT, "Resuscitation certification": "Resuscitation certification",
           "resuscitation": "Resuscitation certification", "Trauma Care certification": "Trauma Care certification",
           "trauma care": "Trauma Care certification", "Bread baking": "Bread baking", "Pastry": "Pastry",
           "Knife skills": "Knife skills", "Patisserie": "Pastry",
           "Safety and Hygiene": "Safety and Hygiene", "Safety": "Safety", "Hygiene": "Safety and Hygiene"}
RELATIONS = {frozenset({JOINT, "Trauma Care certification"}): 0.6,
             frozenset({JOINT, "Resuscitation certification"}): 0.6,
             frozenset({"Pastry", "Bread baking"}): 0.7}
SKILLS = FakeSkillExtractor(aliases=ALIASES, relations=RELATIONS)


def _candidate(*skills: str, n: int = 0) -> CandidateProfile:
    return CandidateProfile(resume_id=f"r{n}", candidate_id="c", skills=frozenset(skills))


def _job(*required: str) -> JobProfile:
    return JobProfile(job_id="j", title="Community Midwife", required_skills=required)


def test_a_head_noun_written_once_belongs_to_both_parts():
    assert joint_parts(JOINT, SKILLS.canonical) == ("Resuscitation certification", "Trauma Care certification")
    assert joint_parts("Bread baking & Patisserie", SKILLS.canonical) == ("Bread baking", "Pastry")
    assert joint_parts("Pan y Patisserie", SKILLS.canonical) == ()  # a part the taxonomy lacks
    assert joint_parts("Knife skills", SKILLS.canonical) == ()
    # A whole the taxonomy reads as one of its parts names one skill.
    assert joint_parts("Safety and Hygiene", SKILLS.canonical) == ()


def test_both_parts_held_apart_meet_the_joint_requirement():
    fit = MatchScorer(SKILLS).skill_fit(
        _candidate("Resuscitation certification", "Trauma Care certification"), _job(JOINT))
    assert fit.value == 1.0 and fit.missing == []


def test_one_part_held_earns_half_and_more_than_its_relation_alone():
    scorer = MatchScorer(SKILLS)
    one = scorer.skill_fit(_candidate("Trauma Care certification"), _job(JOINT))
    assert one.value == pytest.approx(0.5)
    assert scorer.skill_fit(_candidate("Knife skills"), _job(JOINT)).value == 0.0


@pytest.mark.parametrize("seed", range(8))
def test_the_batch_scorers_credit_joint_requirements_as_the_per_pair_scorer_does(seed):
    rng = random.Random(seed)
    scorer = MatchScorer(SKILLS)
    held = ["Resuscitation certification", "Trauma Care certification", "Bread baking", "Pastry", "Knife skills", JOINT]
    candidates = [_candidate(*rng.sample(held, rng.randint(0, 4)), n=n) for n in range(25)]
    job = JobProfile(job_id="j", title="T", required_skills=(JOINT, "Bread baking & Patisserie"),
                     nice_to_have_skills=("Knife skills",))
    similarities = [rng.uniform(0, 0.9) for _ in candidates]
    batch = score_candidates(scorer, candidates, job, similarities, SkillCredits(scorer, candidates))
    for row, (candidate, similarity) in enumerate(zip(candidates, similarities, strict=True)):
        assert batch.scores[row] == scorer.score(candidate, job, similarity).score
    jobs = [job, _job(JOINT), _job("Knife skills")]
    many = score_jobs(scorer, candidates[0], jobs, similarities[:3])
    for row, one in enumerate(jobs):
        assert many.scores[row] == scorer.score(candidates[0], one, similarities[row]).score

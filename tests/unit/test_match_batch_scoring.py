"""The vectorised scorer (one job against many candidates) gives the per-pair reference
scorer's score and breakdown on random profiles: every part known or unknown, hubness on
either side, related skills, skill weights, and jobs with no skills."""
from __future__ import annotations

import random

import pytest

from domain.jobs import EmploymentType, RemotePolicy, SalaryRange, Seniority
from domain.matching import CandidateProfile, JobProfile, MatchScorer, MatchWeights
from domain.matching.batch_jobs import score_jobs
from domain.matching.batch_scoring import score_candidates
from domain.matching.mentioned_skills import mention_text
from domain.matching.relevant_years import HeldRole
from domain.matching.skill_credits import SkillCredits
from domain.matching.weights import PARTS
from domain.users import Preferences
from tests.fakes.skill_relations import FakeSkillExtractor

SKILLS = [f"skill{i}" for i in range(25)]
RELATIONS = {frozenset({f"skill{i}", f"skill{i + 1}"}): 0.6 + (i % 4) / 10 for i in range(0, 24, 2)}
# Nearby towns too (Salford is 4 km from Manchester, Leeds 57 km: a partial fit), and jobs with no place.
PLACES = ["Berlin, Germany", "Lisbon, Portugal", "Paris", "Manchester, UK", "Birmingham", "", None]
TITLES = ["Engineer", "Senior Data Engineer", "Data Scientist", "Nurse", "Lead Backend Engineer"]
# Requirements of two words no taxonomy names, looked for in the résumé's own words, and how a
# résumé may state or deny them.
PHRASES = ["menu costing", "patient handling", "tachograph rules", "stock rotation"]
MENTIONS = ["{}", "did {} weekly", "no experience of {}", "{}: none", "{} – no experience", "{} (not yet)",
            "{}: learning", "{} for no more than 3 sites"]


def a_candidate(rng: random.Random, n: int) -> CandidateProfile:
    preferences = Preferences(
        remote=rng.sample(list(RemotePolicy), rng.randint(0, 2)),
        locations=rng.sample(["Berlin", "Germany", "Lisbon", "Madrid", "Salford", "Leeds", "Solihull, UK"], rng.randint(0, 2)),
        min_salary=rng.choice([None, 50_000, 90_000, 130_000]), currency=rng.choice([None, "EUR", "USD"]),
        desired_titles=rng.sample(TITLES, rng.randint(0, 2)),
        employment_types=rng.sample(list(EmploymentType), rng.randint(0, 2)))
    return CandidateProfile(
        resume_id=f"r{n}", candidate_id=f"u{n}", skills=frozenset(rng.sample(SKILLS, rng.randint(0, 8))),
        years=rng.choice([None, 0.5, 1, 3, 6.5, 11, 25]), preferences=preferences,
        neighbour_similarity=rng.choice([None, rng.uniform(0.1, 0.6)]), roles=some_roles(rng),
        language=rng.choice([None, "en", "de"]),
        # Skills the taxonomy (the fake's, knowing none) does not name, stated in the résumé's words,
        # some denied before or right after them.
        mention_text=mention_text(" and ".join(rng.sample(SKILLS, rng.randint(0, 4)))
                                  + "; " + "; ".join(rng.choice(MENTIONS).format(p) for p in
                                                     rng.sample(PHRASES, rng.randint(0, len(PHRASES))))))


def some_roles(rng: random.Random) -> tuple[HeldRole, ...]:
    """Roles of any title (or none like the job's), some undated, some open, some naming skills:
    which of them count for a job (relevant_years.py) is the scorers' to agree on."""
    out = []
    for _ in range(rng.randint(0, 3)):
        start = rng.choice([None, rng.randint(2000, 2024) * 12])
        end = None if start is None or rng.random() < 0.3 else start + rng.randint(1, 60)
        out.append(HeldRole(rng.choice([*TITLES, "Bus Driver", "Baker"]), start, end,
                            frozenset(rng.sample(SKILLS, rng.randint(0, 3)))))
    return tuple(out)


def a_job(rng: random.Random) -> JobProfile:
    required = tuple(rng.sample(SKILLS, rng.randint(0, 5))) + tuple(rng.sample(PHRASES, rng.randint(0, 2)))
    if required and rng.random() < 0.3:  # a requirement any of two skills meets
        required = (*required[1:], f"{required[0]} or {rng.choice(SKILLS)}")
    nice = tuple(rng.sample([s for s in SKILLS + PHRASES if s not in required], rng.randint(0, 3)))
    weights = {s: rng.choice([0.0, 0.3, 1.0, 2.2]) for s in (*required, *nice)} if rng.random() < 0.6 else None
    low = rng.randint(30, 140) * 1000
    return JobProfile(
        job_id="j", title=rng.choice(TITLES), required_skills=required,
        employment_type=rng.choice([None, *EmploymentType]), nice_to_have_skills=nice,
        seniority=rng.choice([None, *Seniority]), location=rng.choice(PLACES), remote=rng.choice(list(RemotePolicy)),
        salary=rng.choice([None, SalaryRange(min=low, max=low + 20_000, currency=rng.choice(["EUR", "USD"]))]),
        neighbour_similarity=rng.choice([None, rng.uniform(0.1, 0.6)]), skill_weights=weights,
        asked_years=rng.choice([None, (2.0, 12.0), (3.0, 5.0)]), language=rng.choice([None, "en", "fr"]))


@pytest.mark.parametrize("seed", range(40))
def test_the_batch_agrees_with_the_per_pair_scorer(seed):
    rng = random.Random(seed)
    scorer = MatchScorer(FakeSkillExtractor(relations=RELATIONS), MatchWeights(other_language_offset=0.15))
    job = a_job(rng)
    candidates = [a_candidate(rng, n) for n in range(60)]
    similarities = [rng.uniform(-0.1, 0.9) for _ in candidates]
    batch = score_candidates(scorer, candidates, job, similarities)
    # ... and with the skill credits of a batch of jobs, worked out over more candidates
    # (in another order) than this job is scored against.
    others = [a_candidate(rng, n) for n in range(60, 90)]
    shared = SkillCredits(scorer, rng.sample(candidates + others, len(candidates) + len(others)))
    in_a_batch = score_candidates(scorer, candidates, job, similarities, shared)
    for row, (candidate, similarity) in enumerate(zip(candidates, similarities)):
        reference = scorer.score(candidate, job, similarity)
        assert batch.scores[row] == reference.score
        assert dict(zip(PARTS, batch.breakdown[row].tolist())) == reference.breakdown.model_dump()
        assert in_a_batch.scores[row] == reference.score
        assert dict(zip(PARTS, in_a_batch.breakdown[row].tolist())) == reference.breakdown.model_dump()


def test_no_candidates_is_an_empty_batch():
    batch = score_candidates(MatchScorer(), [], a_job(random.Random(1)), [])
    assert batch.scores.shape == (0,) and batch.breakdown.shape == (0, len(PARTS))


@pytest.mark.parametrize("seed", range(40))
def test_one_resume_against_many_jobs_agrees_with_the_per_pair_scorer(seed):
    rng = random.Random(1000 + seed)
    scorer = MatchScorer(FakeSkillExtractor(relations=RELATIONS))
    candidate = a_candidate(rng, 0)
    jobs = [a_job(rng) for _ in range(60)]
    similarities = [rng.uniform(-0.1, 0.9) for _ in jobs]
    batch = score_jobs(scorer, candidate, jobs, similarities)
    for row, (job, similarity) in enumerate(zip(jobs, similarities)):
        reference = scorer.score(candidate, job, similarity)
        assert batch.scores[row] == reference.score
        assert dict(zip(PARTS, batch.breakdown[row].tolist())) == reference.breakdown.model_dump()


def test_no_jobs_is_an_empty_batch():
    batch = score_jobs(MatchScorer(), a_candidate(random.Random(1), 0), [], [])
    assert batch.scores.shape == (0,) and batch.breakdown.shape == (0, len(PARTS))


def test_scores_do_not_depend_on_which_other_pairs_share_the_pass():
    rng = random.Random(7)
    scorer = MatchScorer(FakeSkillExtractor(relations=RELATIONS))
    job, candidates = a_job(rng), [a_candidate(rng, n) for n in range(120)]
    similarities = [rng.uniform(-0.1, 0.9) for _ in candidates]
    whole = score_candidates(scorer, candidates, job, similarities)
    for start in (0, 50, 100):
        part = score_candidates(scorer, candidates[start:start + 50], job, similarities[start:start + 50])
        assert (part.scores == whole.scores[start:start + 50]).all()
        assert (part.breakdown == whole.breakdown[start:start + 50]).all()
    resume, jobs = a_candidate(rng, 0), [a_job(rng) for _ in range(120)]
    whole = score_jobs(scorer, resume, jobs, similarities)
    part = score_jobs(scorer, resume, jobs[50:100], similarities[50:100])
    assert (part.scores == whole.scores[50:100]).all() and (part.breakdown == whole.breakdown[50:100]).all()


def test_an_on_site_job_with_no_place_leaves_a_wanted_place_unknown_in_every_scorer():
    scorer = MatchScorer(FakeSkillExtractor(relations=RELATIONS))
    leeds = CandidateProfile(resume_id="r", candidate_id="u", skills=frozenset({"skill1"}), years=3,
                             preferences=Preferences(remote=[RemotePolicy.ONSITE], locations=["Leeds"]))
    job = JobProfile(job_id="j", title="Nurse", required_skills=("skill1",), location=None, remote=RemotePolicy.ONSITE)
    one = scorer.score(leeds, job, similarity=0.5)
    assert "location" in one.unknown and one.unknown_why["location"] == "no place on the posting"
    location = PARTS.index("location")
    for batch in (score_candidates(scorer, [leeds], job, [0.5]), score_jobs(scorer, leeds, [job], [0.5])):
        assert batch.scores[0] == one.score
        assert batch.breakdown[0, location] == one.breakdown.location


def test_an_arrangement_refused_fails_the_location_part_even_where_the_posting_names_no_place():
    scorer = MatchScorer(FakeSkillExtractor(relations=RELATIONS))
    remote_only = CandidateProfile(resume_id="r", candidate_id="u", skills=frozenset({"skill1"}), years=3,
                                   preferences=Preferences(remote=[RemotePolicy.REMOTE], locations=["Leeds"]))
    job = JobProfile(job_id="j", title="Nurse", required_skills=("skill1",), location="", remote=RemotePolicy.ONSITE)
    one = scorer.score(remote_only, job, similarity=0.5)
    assert one.breakdown.location == 0.0 and "location" not in one.unknown
    location = PARTS.index("location")
    for batch in (score_candidates(scorer, [remote_only], job, [0.5]), score_jobs(scorer, remote_only, [job], [0.5])):
        assert batch.scores[0] == one.score and batch.breakdown[0, location] == 0.0

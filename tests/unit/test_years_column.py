"""The batch's column of years that count for a job (years_column.py) equals the years of
MatchScorer.counted_years, the reference, on random roles (dated, undated, open, current,
naming the job's skills or not, titled like the job or not) and jobs, in either language."""
from __future__ import annotations

import math
import random

import pytest

from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.matching.relevant_years import HeldRole
from domain.matching.years_column import counted_years_column
from tests.fakes.skill_relations import FakeSkillExtractor

SKILLS = [f"skill{i}" for i in range(8)]
TITLES = ["Accountant", "Accounts Assistant", "Senior Accountant", "Bus Driver", "Nurse", "Data Engineer",
          "Lead Data Engineer", "Baker",
          # Occupations named in another language (occupation_names): roles told apart across languages.
          "Krankenpflegerin", "Buchhalterin", "Elektriker"]


def some_roles(rng: random.Random) -> tuple[HeldRole, ...]:
    out = []
    for _ in range(rng.randint(0, 5)):
        start = rng.choice([None, rng.randint(1995, 2024) * 12 + rng.randint(0, 11)])
        end = None if start is None or rng.random() < 0.35 else start + rng.randint(0, 80)
        out.append(HeldRole(rng.choice(TITLES), start, end, frozenset(rng.sample(SKILLS, rng.randint(0, 4))),
                            current=rng.random() < 0.2))
    return tuple(out)


def a_candidate(rng: random.Random, n: int) -> CandidateProfile:
    return CandidateProfile(resume_id=f"r{n}", candidate_id=f"u{n}",
                            years=rng.choice([None, 0.0, 0.5, 1, 2.3, 6.5, 11, 25, 40]), roles=some_roles(rng),
                            language=rng.choice([None, "en", "de"]))


def a_job(rng: random.Random) -> JobProfile:
    required = tuple(rng.sample(SKILLS, rng.randint(0, 4)))
    nice = tuple(rng.sample([s for s in SKILLS if s not in required], rng.randint(0, 2)))
    return JobProfile(job_id="j", title=rng.choice(TITLES), required_skills=required, nice_to_have_skills=nice,
                      language=rng.choice([None, "en", "de"]))


@pytest.mark.parametrize("seed", range(60))
def test_the_column_equals_the_scorers_counted_years(seed):
    rng = random.Random(seed)
    scorer = MatchScorer(FakeSkillExtractor())
    candidates = [a_candidate(rng, n) for n in range(80)]
    for _ in range(4):
        job = a_job(rng)
        column = counted_years_column(scorer, candidates, job)
        for row, candidate in enumerate(candidates):
            reference = scorer.counted_years(candidate, job).years
            if reference is None:
                assert math.isnan(column[row])
            else:
                assert column[row] == reference and type(column[row].item()) is float


def test_no_candidates_is_an_empty_column():
    assert counted_years_column(MatchScorer(), [], a_job(random.Random(3))).shape == (0,)

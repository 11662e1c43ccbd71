"""The scalar parts of a score as columns over a batch's candidates (experience, remote and
place, salary, preferences) equal, to the last bit, the per-pair scorer's functions on random
candidates and jobs: odd years, places with and without commas, remote and placeless jobs,
every pay period, currencies in any case or missing, salaries too large for a float, titles
of rank words only, candidates whose country is known or not; also read through columns built over more candidates, in another order."""
from __future__ import annotations

import dataclasses
import random

import numpy as np
import pytest

from domain.jobs import EmploymentType, RemotePolicy, SalaryPeriod, SalaryRange, Seniority
from domain.matching import CandidateProfile, JobProfile
from domain.matching.batch_scoring import _scalar_parts
from domain.matching.place_fit import location_part, place_fit
from domain.matching.preference_columns import PreferenceColumns
from domain.matching.preferences import employment_fit, preference_part, rank_factor, title_fit
from domain.matching.scoring import MatchScorer, experience_fit, remote_fit, salary_fit
from domain.matching.weights import EXPECTED_YEARS
from domain.users import Preferences

PLACES = ["Berlin", "Berlin, Germany", "Germany", "Munich, Germany", "London, UK", "Manchester, UK", " lisbon ", "",
          "Cambridge", "Cambridge, UK", "Boston"]
TITLES = ["Staff Nurse", "RN", "Line Cook", "Chef", "Senior Data Scientist", "Data Engineer", "Bookkeeper",
          "Accountant", "Senior", "Dental Assistant", "Head of the", "Truck Driver"]

# Candidates here name no roles: every year they worked counts (relevant_years.py).
SCORER = MatchScorer()


def a_candidate(rng: random.Random, n: int, huge: bool = False) -> CandidateProfile:
    preferences = Preferences(
        remote=rng.sample(list(RemotePolicy), rng.randint(0, 3)),
        locations=rng.sample(PLACES, rng.randint(0, 3)),
        min_salary=rng.choice([None, 0, 1, 37_333, 50_000, 91_237, 130_000, *([2 ** 60] if huge else [])]),
        currency=rng.choice([None, "", "EUR", "eur", "USD", "GBP"]),
        salary_period=rng.choice(list(SalaryPeriod)),
        desired_titles=rng.sample(TITLES, rng.randint(0, 3)),
        employment_types=rng.sample(list(EmploymentType), rng.randint(0, 3)))
    return CandidateProfile(resume_id=f"r{n}", candidate_id=f"u{n}", preferences=preferences,
                            home_country=rng.choice([None, "US", "GB", "DE"]),
                            years=rng.choice([None, 0, 0.3, 1, 2.7, 3, 6.5, 7.1, 11, 13.37, 25, 41.9]))


def a_job(rng: random.Random) -> JobProfile:
    low = rng.choice([None, 7, 31, 2_113, 48_000, 77_777])
    high = rng.choice([None, (low or 0) + rng.choice([0, 5, 20_000])])
    salary = SalaryRange(min=low, max=high, currency=rng.choice(["EUR", "eur", "USD", ""]),
                         period=rng.choice(list(SalaryPeriod)))
    return JobProfile(job_id="j", title=rng.choice(TITLES), employment_type=rng.choice([None, *EmploymentType]),
                      seniority=rng.choice([None, *Seniority]), location=rng.choice([None, *PLACES]),
                      remote=rng.choice(list(RemotePolicy)), salary=rng.choice([None, salary]))


def _scalar(candidates: list[CandidateProfile], job: JobProfile) -> np.ndarray:
    expected = EXPECTED_YEARS.get(job.seniority) if job.seniority else None
    return np.array([
        (experience_fit(c.years, expected), location_part(c, job, remote_fit(c, job), place_fit(c, job)), salary_fit(c, job),
         preference_part(title_fit(c.preferences.desired_titles, job.title),
                         employment_fit(c.preferences.employment_types, job.employment_type)))
        for c in candidates], dtype=np.float64)


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and bool(np.all((a == b) | (np.isnan(a) & np.isnan(b))))


@pytest.mark.parametrize("seed", range(60))
def test_the_columns_give_the_scalar_parts_to_the_last_bit(seed):
    rng = random.Random(seed)
    # A salary too large for a float in a few batches only (they take the scalar rule).
    candidates = [a_candidate(rng, n, huge=seed % 6 == 0) for n in range(40)]
    others = [a_candidate(rng, n) for n in range(40, 70)]
    shared = PreferenceColumns(rng.sample(candidates + others, len(candidates) + len(others)))
    for _ in range(6):
        job = a_job(rng)
        expected = _scalar(candidates, job)
        assert _same(_scalar_parts(candidates, job, None, SCORER), expected)
        assert _same(_scalar_parts(candidates, job, shared, SCORER), expected)


def test_no_candidates_and_no_stated_preferences():
    job = a_job(random.Random(3))
    assert _scalar_parts([], job, None, SCORER).shape == (0, 4)
    bare = [CandidateProfile(resume_id="r", candidate_id="u")]
    assert _same(_scalar_parts(bare, job, None, SCORER), _scalar(bare, job))


HELD = [(), ("Sous Chef",), ("Head Chef",), ("Commis Chef", "Line Cook"), ("Staff Nurse",), ("Nurse Manager",),
        ("Junior Accountant",), ("Truck Driver",)]


@pytest.mark.parametrize("seed", range(20))
def test_the_rank_factors_are_rank_factor_per_candidate(seed: int) -> None:
    rng = random.Random(seed)
    # Titles held now count only for those who named no titles they want (CandidateProfile.titles_held).
    candidates = [dataclasses.replace(a_candidate(rng, n), resume_titles=rng.choice(HELD)) for n in range(40)]
    columns = PreferenceColumns(rng.sample(candidates, len(candidates)))
    rows = columns.rows([c.resume_id for c in candidates])
    for title in ["Head Chef", "Executive Chef", "Nurse Manager", "Senior Accountant", "Chef", *TITLES]:
        for per_rung in (0.85, 0.5):
            expected = np.array([rank_factor(c.titles, c.titles_held, title, per_rung) for c in candidates])
            assert np.array_equal(columns.rank_factors(rows, title, per_rung), expected)
    assert columns.rank_factors(rows[:0], "Head Chef", 0.85).shape == (0,)
    assert PreferenceColumns([]).rank_factors(np.zeros(0, dtype=np.intp), "Chef", 0.85).shape == (0,)

"""One job against many candidates in one NumPy pass: the same score and breakdown as
MatchScorer.score (the reference; a test holds the two together on random inputs), without
building a MatchScore per pair.

The semantic part, the skill coverage (a candidates x skills credit matrix), the weighting and
the rounding are array operations; experience, location and salary are the scorer's own
scalar functions per candidate (a few comparisons each). The facts behind a score (matched and
missing skills, the sentence) are not built here: they are built on read, or by the per-pair
scorer for the few matches a notification tells about."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from domain.matching.credential_gates import gate_factor
from domain.matching.hybrid import text_similarities
from domain.matching.preference_columns import PreferenceColumns
from domain.matching.profiles import CandidateProfile, JobProfile
from domain.matching.scoring import (
    PARTIAL_FIT_CEILING,
    MatchScorer,
    _mean_weight,
    salary_fit,
)
from domain.matching.skill_credits import SkillCredits
from domain.matching.stated_limits import ruled_out_column
from domain.matching.weights import PARTS, expected_years
from domain.matching.years_column import counted_years_column


@dataclass(frozen=True)
class BatchScores:
    scores: np.ndarray      # (candidates,), each rounded to 4 decimals as MatchScorer rounds it
    breakdown: np.ndarray   # (candidates, 6) in PARTS order, unknown parts shown as neutral


def score_candidates(scorer: MatchScorer, candidates: Sequence[CandidateProfile], job: JobProfile,
                     similarities: Sequence[float], credits: SkillCredits | None = None,
                     columns: PreferenceColumns | None = None) -> BatchScores:
    """`credits` and `columns`, when given, hold every one of `candidates` (a batch of jobs
    shares them)."""
    w = scorer.weights
    n = len(candidates)
    if n == 0:
        return BatchScores(np.zeros(0), np.zeros((0, len(PARTS))))
    parts = np.full((n, len(PARTS)), np.nan)

    similarity = text_similarities(similarities, candidates, job, w)
    parts[:, 0] = np.clip((similarity - w.semantic_floor) / (w.semantic_ceiling - w.semantic_floor), 0.0, 1.0)

    skills, specificity, unmet = _skills(scorer, candidates, job, credits)
    if skills is not None:
        parts[:, 1] = skills

    if columns is None:
        columns = PreferenceColumns(candidates)
    parts[:, 2:], limited = _scalar_parts_and_limits(candidates, job, columns, scorer)

    weights = np.tile(np.array([w.of(p) for p in PARTS]), (n, 1))
    weights[:, 1] *= specificity
    # A required credential not met, by a candidate whose skills were read (credential_gates.py).
    read = np.fromiter((bool(c.skills) for c in candidates), dtype=bool, count=n)
    factor = np.where(read, [gate_factor(w.missing_credential_factor, bool(m), bool(a)) for m, a in unmet], 1.0)
    # A held title a rung or more below the job's (preferences.rank_factor), per distinct held titles.
    rank = columns.rank_factors(columns.rows([c.resume_id for c in candidates]), job.title, w.lower_rank_factor)
    # A job the candidate's stated employment types or minimum pay rule out (stated_limits.py).
    limits = np.where(limited, w.ruled_out_factor, 1.0)
    return combine(parts, weights, w.neutral, factor * rank * limits)


def _scalar_parts(candidates: Sequence[CandidateProfile], job: JobProfile,
                  columns: PreferenceColumns | None, scorer: MatchScorer) -> np.ndarray:
    """Experience, remote and place, salary and preferences: (candidates, 4), NaN unknown."""
    return _scalar_parts_and_limits(candidates, job, columns, scorer)[0]


def _scalar_parts_and_limits(candidates: Sequence[CandidateProfile], job: JobProfile,
                             columns: PreferenceColumns | None, scorer: MatchScorer) -> tuple[np.ndarray, np.ndarray]:
    """Experience, remote and place, salary and preferences: (candidates, 4), NaN unknown,
    each rounded where the scorer rounds it; and per candidate whether their stated limits
    rule the job out."""
    if columns is None:
        columns = PreferenceColumns(candidates)
    rows = columns.rows([c.resume_id for c in candidates])
    expected = expected_years(job)
    salary = columns.salary(rows, job)
    if salary is None:  # amounts too large for float64 to hold exactly: the scalar rule
        salary = np.array([_or_nan(salary_fit(c, job)) for c in candidates], dtype=np.float64)
    title, employment = columns.titles_and_employment(rows, job)
    title = _round4(title)
    # preference_part: the mean of what is known of the two, rounded.
    both = ~np.isnan(title) & ~np.isnan(employment)
    preferences = np.where(both, (title + employment) / 2, np.where(np.isnan(title), employment, title))
    # The years of each candidate's roles like the job's (relevant_years.py), not all they worked.
    years = counted_years_column(scorer, candidates, job)
    # Read from the salary part as rounded, as the per-pair scorer reads salary_fit: a shortfall a
    # hair under 30% rounds to 0 and rules the job out there (and in batch_jobs.py) too.
    salary = _round4(salary)
    limited = ruled_out_column(employment, salary)
    return np.column_stack([_round4(columns.experience(rows, expected, years)), columns.remote_and_place(rows, job),
                            salary, _round4(preferences)]), limited


def combine(parts: np.ndarray, weights: np.ndarray, neutral: float, factor: np.ndarray) -> BatchScores:
    """Scores from parts (pairs x PARTS, NaN where unknown) and their weights, as
    MatchScorer.score combines them: unknown parts left out and the rest renormalised,
    anything short of a full fit under the partial-fit ceiling, then multiplied by each pair's
    `factor` (the missing-credential factor, or 1)."""
    known = ~np.isnan(parts)
    weighted = np.where(known, weights, 0.0)
    total = weighted.sum(axis=1)
    summed = (weighted * np.where(known, parts, 0.0)).sum(axis=1)
    score = np.divide(summed, total, out=np.zeros(parts.shape[0]), where=total != 0)
    full_fit = known.all(axis=1) & (np.where(known, parts, 0.0) >= 1.0).all(axis=1)
    score = np.where(full_fit, score, np.minimum(score, PARTIAL_FIT_CEILING)) * factor
    return BatchScores(
        scores=_round4(np.clip(score, 0.0, 1.0)),
        breakdown=_round4(np.where(known, parts, neutral)),
    )


def _skills(scorer: MatchScorer, candidates: Sequence[CandidateProfile], job: JobProfile,
            credits: SkillCredits | None) -> tuple[np.ndarray | None, float, np.ndarray]:
    """The skills part per candidate (rounded as the scorer rounds it), the job's specificity,
    and per candidate whether a required credential is not met."""
    required, nice = job.required_skills, job.nice_to_have_skills
    weight = job.skill_weights or {}
    specificity = scorer.required_over_nice(_mean_weight(required, weight), _mean_weight(nice, weight))
    specificity = 1.0 if specificity is None else specificity
    if not required and not nice:
        return None, specificity, np.zeros((len(candidates), 2), dtype=bool)
    wanted = (*required, *nice)
    if credits is None:
        credits = SkillCredits(scorer, candidates)
    credit = credits.of([c.resume_id for c in candidates], wanted)
    req = _weighted_mean(credit[:, :len(required)], required, weight)
    opt = _weighted_mean(credit[:, len(required):], nice, weight)
    value: np.ndarray | None
    if req is None or opt is None:
        value = req if opt is None else opt
    else:
        r = scorer.weights.required_over_nice
        value = (r * req + opt) / (r + 1)
    assert value is not None  # the job lists skills, so one side at least is there
    gates = scorer.gates(job)
    not_met = credit[:, gates] < 1.0
    # Asked only where a gate is not met: most candidates meet most gates.
    abroad = np.zeros_like(not_met)
    for row, column in zip(*np.nonzero(not_met), strict=True):
        abroad[row, column] = scorer.held_abroad(required[gates[column]], candidates[row].skills, required) is not None
    unmet = np.stack([(not_met & ~abroad).any(axis=1), (not_met & abroad).any(axis=1)], axis=1)
    return _round4(value), specificity, unmet


def _weighted_mean(credit: np.ndarray, names: Sequence[str], weight: Mapping[str, float]) -> np.ndarray | None:
    if not names:
        return None
    weights = np.array([weight.get(s, 1.0) for s in names], dtype=np.float64)
    if weights.sum() <= 0:
        weights = np.ones(len(names))
    total = 0.0
    for w in weights:  # summed in the scorer's order, so the two agree to the last bit
        total += w
    acc = np.zeros(credit.shape[0])
    for col, w in enumerate(weights):
        acc = acc + w * credit[:, col]
    return acc / total


# How near a scaled value's fraction must come to one half for the array rounding to defer to
# Python's: the scaling's error is below 1e-12 for the values rounded here (|x| < 1e4).
_NEAR_HALF = 1e-6


def _round4(values: np.ndarray) -> np.ndarray:
    """Python's round(x, 4) of each value, so a batch and the per-pair scorer round alike.

    round() picks the integer k nearest the exact x * 10**4 and returns the double nearest
    k / 10**4; rint(x * 1e4) / 1e4 is the same double whenever the scaled value is not within
    the scaling's error of a half (the division by 1e4 is correctly rounded), so only those
    few values go through round() itself."""
    values = np.asarray(values, dtype=np.float64)
    scaled = values * 10_000.0
    rounded = np.rint(scaled) / 10_000.0
    near_half = np.abs(scaled - np.floor(scaled) - 0.5) < _NEAR_HALF
    if near_half.any():
        for at in zip(*np.nonzero(near_half)):
            rounded[at] = round(float(values[at]), 4)
    return rounded


def _or_nan(value: float | None) -> float:
    return np.nan if value is None else value

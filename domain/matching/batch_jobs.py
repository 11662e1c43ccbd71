"""One resume against many jobs in one NumPy pass: the same score and breakdown as
MatchScorer.score (a test holds the two together on random inputs), the mirror of
batch_scoring.score_candidates for a new or changed resume.

Each job wants its own skills, so the candidate's credit per wanted skill is worked out once
(a held skill, or the closest related one) and each job's coverage is a short weighted mean
of those credits, in the scorer's own order and arithmetic; the semantic part, the weighting,
the clipping and the rounding are array operations over all jobs."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from domain.matching.batch_scoring import BatchScores, _or_nan, combine
from domain.matching.credential_gates import gate_factor
from domain.matching.hybrid import text_similarity
from domain.matching.place_fit import location_part, place_fit
from domain.matching.preferences import employment_fit, preference_part, rank_factor, title_fit
from domain.matching.profiles import CandidateProfile, JobProfile
from domain.matching.scoring import (
    MatchScorer,
    _mean_weight,
    _weighted_mean,
    experience_fit,
    remote_fit,
    salary_fit,
)
from domain.matching.stated_limits import ruled_out
from domain.matching.weights import PARTS, expected_years


@dataclass(frozen=True)
class PairColumns:
    """A pair's parts but the semantic one (breakdown columns 1 on), the job's skill
    specificity and the pair's factor: read from neither side's vector, neighbour values nor
    term vector, so they stay the same while only those move."""
    parts: tuple[float, ...]
    specificity: float
    factor: float


def score_jobs(scorer: MatchScorer, candidate: CandidateProfile, jobs: Sequence[JobProfile],
               similarities: Sequence[float], columns: Sequence[PairColumns] | None = None) -> BatchScores:
    """`columns`: pair_columns(scorer, candidate, jobs) when the caller kept them."""
    w = scorer.weights
    n = len(jobs)
    if n == 0:
        return BatchScores(np.zeros(0), np.zeros((0, len(PARTS))))
    parts = np.full((n, len(PARTS)), np.nan)

    # The fused, hubness-corrected similarity is a few float operations per pair: the scorer's
    # own scalar function, so the two agree to the last bit.
    for row, (job, similarity) in enumerate(zip(jobs, similarities)):
        parts[row, 0] = scorer.semantic_part(text_similarity(similarity, candidate, job, w))

    kept = pair_columns(scorer, candidate, jobs) if columns is None else columns
    parts[:, 1:] = np.array([c.parts for c in kept], dtype=float).reshape(n, len(PARTS) - 1)
    specificity = np.array([c.specificity for c in kept], dtype=float)
    factor = np.array([c.factor for c in kept], dtype=float)
    weights = np.tile(np.array([w.of(p) for p in PARTS]), (n, 1))
    weights[:, 1] *= specificity
    return combine(parts, weights, w.neutral, factor)


def pair_columns(scorer: MatchScorer, candidate: CandidateProfile, jobs: Sequence[JobProfile]) -> list[PairColumns]:
    w = scorer.weights
    n = len(jobs)
    parts = np.full((n, len(PARTS)), np.nan)
    wanted_titles, wanted_types = candidate.titles, candidate.preferences.employment_types
    held = {s.casefold() for s in candidate.skills}
    credits: dict[str, float] = {}

    def credit(skill: str) -> float:
        if skill not in credits:
            credits[skill] = 1.0 if skill.casefold() in held or scorer.mentioned(candidate, skill) \
                else scorer.closest_held(skill, candidate.skills)[1]
        return credits[skill]

    specificity = np.ones(n)
    factor = np.ones(n)
    for row, job in enumerate(jobs):
        required, nice = job.required_skills, job.nice_to_have_skills
        weight = job.skill_weights or {}
        mean_weight = scorer.required_over_nice(_mean_weight(required, weight), _mean_weight(nice, weight))
        specificity[row] = 1.0 if mean_weight is None else mean_weight
        if required or nice:
            wanted = {s: credit(s) for s in (*required, *nice)}
            value = scorer.required_over_nice(_weighted_mean(wanted, required, weight),
                                               _weighted_mean(wanted, nice, weight))
            parts[row, 1] = _or_nan(None if value is None else round(value, 4))
            # A required credential not met, by a candidate whose skills were read.
            if candidate.skills:
                unmet = [required[i] for i in scorer.gates(job) if wanted[required[i]] < 1.0]
                abroad = [s for s in unmet if scorer.held_abroad(s, candidate.skills, required) is not None]
                factor[row] = gate_factor(w.missing_credential_factor, len(abroad) < len(unmet), bool(abroad))
        factor[row] *= rank_factor(wanted_titles, candidate.titles_held, job.title, w.lower_rank_factor)
        expected = expected_years(job)
        parts[row, 2] = _or_nan(experience_fit(scorer.counted_years(candidate, job).years, expected))
        parts[row, 3] = _or_nan(location_part(candidate, job, remote_fit(candidate, job), place_fit(candidate, job)))
        salary = salary_fit(candidate, job)
        employment = employment_fit(wanted_types, job.employment_type)
        parts[row, 4] = _or_nan(salary)
        parts[row, 5] = _or_nan(preference_part(title_fit(wanted_titles, job.title, candidate.titles_held), employment))
        if ruled_out(employment, salary):
            factor[row] *= w.ruled_out_factor

    return [PairColumns(tuple(parts[row, 1:].tolist()), float(specificity[row]), float(factor[row]))
            for row in range(n)]

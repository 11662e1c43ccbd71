"""The scalar parts of a match score (experience, remote policy, salary), each rounded as the
scorer and the batch path (preference_columns.py) round it."""
from __future__ import annotations

from collections.abc import Collection

from domain.jobs import RemotePolicy
from domain.matching.profiles import CandidateProfile, JobProfile


def _clamp(x: float) -> float:
    return min(1.0, max(0.0, x))


def experience_fit(years: float | None, expected: tuple[float, float] | None) -> float | None:
    """1 inside the expected band; falls off below it (half way at half the lowest years)
    and more gently above it (over-qualified is a risk, not a mismatch)."""
    if years is None or expected is None:
        return None
    low, high = expected
    if years < low:
        return round(_clamp(1 - (low - years) / max(low, 2.0)), 4)
    if years > high:
        return round(max(0.5, 1 - (years - high) / 20), 4)
    return 1.0


# How well a job's remote policy suits someone who asked for another one.
_REMOTE_NEAR = {
    (RemotePolicy.REMOTE, RemotePolicy.HYBRID): 0.5,
    (RemotePolicy.HYBRID, RemotePolicy.REMOTE): 0.8,   # wanted hybrid, got fully remote
    (RemotePolicy.HYBRID, RemotePolicy.ONSITE): 0.4,
    (RemotePolicy.ONSITE, RemotePolicy.HYBRID): 0.7,
}


def remote_fit(candidate: CandidateProfile, job: JobProfile) -> float | None:
    wanted = candidate.preferences.remote
    if not wanted:
        return None
    return remote_policy_fit(wanted, job.remote)


def remote_policy_fit(wanted: Collection[RemotePolicy], offered: RemotePolicy) -> float:
    """How well `offered` suits someone who wants one of `wanted` (not empty)."""
    if offered in wanted:
        return 1.0
    return max((_REMOTE_NEAR.get((w, offered), 0.0) for w in wanted), default=0.0)


def salary_fit(candidate: CandidateProfile, job: JobProfile) -> float | None:
    """1 when the job can pay the candidate's minimum; 0 at 30% short of it. Both are
    compared as a year's pay, whatever period the job and the candidate named them per."""
    wanted, salary = candidate.preferences.yearly_min_salary, job.salary
    if not wanted or salary is None or (salary.min is None and salary.max is None):
        return None
    currency = candidate.preferences.currency
    if currency and salary.currency and currency.upper() != salary.currency.upper():
        return None  # no exchange rates here: unknown rather than wrong
    top = salary.yearly(salary.max if salary.max is not None else salary.min)
    if top is None:
        return None
    if top >= wanted:  # exact amounts compared exactly: 12.60 an hour meets a minimum of 12.60
        return 1.0
    # In floats as the batch rule (preference_columns) computes it, so both give one score.
    return round(_clamp(1 - float(wanted - top) / (0.3 * float(wanted))), 4)

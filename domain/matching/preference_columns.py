"""The scalar parts of a score (experience, remote and place, salary, preferences) for many
candidates against one job as array operations, from what each candidate states held as
columns over a batch's candidates (built once, read by every job of the batch).

The per-pair scorer's functions stay the reference: each value is computed by the same
arithmetic in the same order (float64, as Python's floats), rounded by batch_scoring's
_round4 (Python's round to the last bit), and what compares strings or sets (a place, a title,
a remote policy) is asked of the scorer's own functions once per distinct value of the batch
and job rather than once per candidate. tests/unit/test_preference_columns.py holds the
columns equal to the scalar functions on random candidates and jobs."""
from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from decimal import Decimal
from typing import TypeVar

import numpy as np

from domain.jobs import RemotePolicy
from domain.matching.place_fit import place_pair_fit
from domain.matching.preferences import _one_title_fit, _work_words, employment_fit, rank_factor
from domain.matching.profiles import CandidateProfile, JobProfile
from domain.matching.scoring import remote_policy_fit

K = TypeVar("K", bound=Hashable)
# Above this, an integer salary is no longer exact as a float64: those go through the scalar rule,
# as do amounts with decimals (12.60 an hour), which floats would compare inexactly.
_EXACT_INTEGERS = 2 ** 53


def _exact_as_float(amount: Decimal | None) -> bool:
    return not amount or (abs(amount) < _EXACT_INTEGERS and amount == amount.to_integral_value())


class PreferenceColumns:
    def __init__(self, candidates: Sequence[CandidateProfile]) -> None:
        self._row = {c.resume_id: row for row, c in enumerate(candidates)}
        self._candidates = list(candidates)
        prefs = [c.preferences for c in candidates]
        self._years = np.array([np.nan if c.years is None else c.years for c in candidates], dtype=np.float64)
        self._remote, self._remote_sets = _codes([frozenset(p.remote) for p in prefs])
        # Each place with the country its writer lives in, which it is read in (place_pair_fit).
        self._places, self._place_names = _padded(
            [[(place, c.home_country) for place in dict.fromkeys(c.preferences.locations)] for c in candidates])
        self._has_places = np.array([bool(p.locations) for p in prefs], dtype=bool)
        self._titles, self._title_names = _padded(
            [[(t, c.titles_held) for t in dict.fromkeys(c.titles) if _work_words(t)] for c in candidates])
        self._employment, self._employment_sets = _codes([frozenset(p.employment_types) for p in prefs])
        # The titles held now, where those are what a job's title is compared with (else none):
        # what rank_factor reads of a candidate, as a code per distinct tuple.
        self._held, self._held_titles = _codes([tuple(c.resume_titles) if c.titles_held else () for c in candidates])
        yearly = [p.yearly_min_salary for p in prefs]
        self._min_salary = np.array([float(y) if y else np.nan for y in yearly], dtype=np.float64)
        self._salary_exact = all(_exact_as_float(y) for y in yearly)
        self._currency, currencies = _codes([p.currency.upper() if p.currency else None for p in prefs])
        self._currency_code = {c: code for code, c in enumerate(currencies) if c is not None}
        self._no_currency = np.array([c is None for c in currencies] + [False], dtype=bool)

        # Per value of a job (a place, a title, ...), the answer for each distinct value of the
        # candidates: asked once per batch, for every chunk of every job with that value.
        self._memo: dict[tuple[str, object], np.ndarray] = {}

    def _per_value(self, key: tuple[str, object], make: Callable[[], list[float]]) -> np.ndarray:
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = np.array(make(), dtype=np.float64)
        return found

    def rows(self, resume_ids: Sequence[str]) -> np.ndarray:
        return np.fromiter((self._row[r] for r in resume_ids), dtype=np.intp, count=len(resume_ids))

    def experience(self, rows: np.ndarray, expected: tuple[float, float] | None,
                   years: np.ndarray | None = None) -> np.ndarray:
        """scoring.experience_fit, NaN for unknown, not yet rounded (the caller rounds).
        `years`: per row, those that count for this job (default: every year of each résumé)."""
        years = self._years[rows] if years is None else years
        if expected is None:
            return np.full(len(rows), np.nan)
        low, high = expected
        below = 1 - (low - years) / max(low, 2.0)
        below = np.minimum(1.0, np.maximum(0.0, below))
        above = np.maximum(0.5, 1 - (years - high) / 20)
        return np.where(years < low, below, np.where(years > high, above, np.where(np.isnan(years), np.nan, 1.0)))

    def remote_and_place(self, rows: np.ndarray, job: JobProfile) -> np.ndarray:
        """place_fit.location_part, NaN for unknown."""
        by_set = self._per_value(("remote", job.remote), lambda: [
            np.nan if not s else remote_policy_fit(s, job.remote) for s in self._remote_sets])
        remote = by_set[self._remote[rows]] if len(by_set) else np.full(len(rows), np.nan)
        has = self._has_places[rows]
        if job.remote == RemotePolicy.REMOTE:
            place = np.where(has, 1.0, np.nan)
        elif not job.location:  # unknown altogether for those who want places (location_part)
            return np.where(has, np.where(remote == 0, 0.0, np.nan), remote)
        else:
            location = job.location
            # Unknown pairs (and the padding of shorter lists) are NaN, which fmax passes over:
            # a candidate whose places are all unknown has the place part unknown (place_fit).
            same = self._per_value(("place", location), lambda: [
                np.nan if (fit := place_pair_fit(p, location, home)) is None else fit
                for p, home in self._place_names] + [np.nan])
            place = np.where(has, np.fmax.reduce(same[self._places[rows]], axis=1, initial=np.nan), np.nan)
            # A place not known for one who wants places: unknown, or 0 for a refused arrangement.
            unknown = has & np.isnan(place)
            remote = np.where(unknown, np.where(remote == 0, 0.0, np.nan), remote)
        return np.where(np.isnan(remote), place, np.where(np.isnan(place), remote, remote * place))

    def salary(self, rows: np.ndarray, job: JobProfile) -> np.ndarray | None:
        """scoring.salary_fit, NaN for unknown, not yet rounded; None when the scalar rule
        must be asked (a salary too large to be exact as a float)."""
        salary = job.salary
        if salary is None or (salary.min is None and salary.max is None):
            return np.full(len(rows), np.nan)
        top = salary.yearly(salary.max if salary.max is not None else salary.min)
        if top is None:
            return np.full(len(rows), np.nan)
        if not self._salary_exact or not _exact_as_float(top):
            return None
        wanted = self._min_salary[rows]
        offered = salary.currency.upper() if salary.currency else None
        codes = self._currency[rows]
        if offered is None:
            other = np.zeros(len(rows), dtype=bool)
        else:  # a candidate's currency other than the job's (one the candidate named)
            other = (codes != self._currency_code.get(offered, -1)) & ~self._no_currency[codes]
        short = np.minimum(1.0, np.maximum(0.0, 1 - (wanted - float(top)) / (0.3 * wanted)))
        value = np.where(float(top) >= wanted, 1.0, short)
        return np.where(np.isnan(wanted) | other, np.nan, value)

    def titles_and_employment(self, rows: np.ndarray, job: JobProfile) -> tuple[np.ndarray, np.ndarray]:
        """preferences.title_fit (NaN for unknown, not yet rounded) and employment_fit."""
        title_words = _work_words(job.title)
        fits = self._per_value(("title", job.title), lambda: [
            _one_title_fit(t, _work_words(t), job.title, title_words, held) for t, held in self._title_names] + [-np.inf])
        best = fits[self._titles[rows]].max(axis=1) if self._titles.shape[1] else np.full(len(rows), -np.inf)
        title = np.where(np.isneginf(best), np.nan, best)
        by_set = self._per_value(("employment", job.employment_type), lambda: [
            _or_nan(employment_fit(list(s), job.employment_type)) for s in self._employment_sets])
        employment = by_set[self._employment[rows]] if len(by_set) else np.full(len(rows), np.nan)
        return title, employment

    def rank_factors(self, rows: np.ndarray, job_title: str, per_rung: float) -> np.ndarray:
        """preferences.rank_factor of each candidate for a job titled `job_title`: asked once
        per distinct tuple of held titles of the batch and job title, not once per pair."""
        by_titles = self._per_value(("rank", (job_title, per_rung)), lambda: [
            rank_factor(list(titles), bool(titles), job_title, per_rung) for titles in self._held_titles])
        return by_titles[self._held[rows]] if len(by_titles) else np.ones(len(rows))


def _codes(values: Sequence[K]) -> tuple[np.ndarray, list[K]]:
    """Each value's index in the list of distinct values (in first-seen order)."""
    index: dict[K, int] = {}
    codes = np.fromiter((index.setdefault(v, len(index)) for v in values), dtype=np.intp, count=len(values))
    return codes, list(index)


def _padded(lists: Sequence[Sequence[K]]) -> tuple[np.ndarray, list[K]]:
    """Each list as a row of indexes into the distinct values, padded with len(values) (an
    extra last entry the caller appends to each per-value array)."""
    index: dict[K, int] = {}
    coded = [[index.setdefault(name, len(index)) for name in names] for names in lists]
    width = max((len(c) for c in coded), default=0)
    out = np.full((len(lists), width), len(index), dtype=np.intp)
    for row, codes in enumerate(coded):
        out[row, :len(codes)] = codes
    return out, list(index)


def _or_nan(value: float | None) -> float:
    return np.nan if value is None else value

"""Selection rates, scoring rates and impact ratios per group: a pure function over
(the candidate's group, their score, whether they were selected), with no person in or out.

Definitions (docs/admin.md has the long form):
* selection rate = selected / candidates of the group;
* scoring rate = candidates of the group scoring above the sample's median / candidates;
* impact ratio = a group's rate / the highest rate among the groups large enough to report;
  below `threshold` (0.8, the four-fifths rule) the group is flagged.
A group smaller than the minimum size gets its count and the flag `below_minimum_size`,
never rates or ratios: those would be noise, and for a group of one they would tell about
one person."""
from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from domain.demographics import Demographic, RaceEthnicity, Sex
from domain.errors import BadUserInput

MAX_TOP_N = 1000


class Dimension(str, Enum):
    SEX = "SEX"
    RACE_ETHNICITY = "RACE_ETHNICITY"
    INTERSECTION = "INTERSECTION"


@dataclass(frozen=True)
class AuditPolicy:
    top_n: int = 10
    # 30 people, and at least 2% of the sample (the share under which LL144's rules let an
    # auditor leave a category out of the impact ratios); whichever is larger.
    min_group_size: int = 30
    min_group_share: float = 0.02
    threshold: float = 0.8

    def __post_init__(self) -> None:
        if not 1 <= self.top_n <= MAX_TOP_N:
            raise BadUserInput(f"`topN` must be between 1 and {MAX_TOP_N}.", argument="topN")
        if self.min_group_size < 1:
            raise BadUserInput("`minGroupSize` must be at least 1.", argument="minGroupSize")
        if not 0 <= self.min_group_share < 1:
            raise BadUserInput("The minimum group share must be in [0, 1).", argument="minGroupShare")

    def minimum_for(self, sample_size: int) -> int:
        return max(self.min_group_size, math.ceil(self.min_group_share * sample_size))


@dataclass(frozen=True)
class AssessedCandidate:
    demographic: Demographic | None
    score: float
    selected: bool


@dataclass(frozen=True)
class GroupFigures:
    sex: Sex | None
    race_ethnicity: RaceEthnicity | None
    candidates: int
    below_minimum_size: bool
    selected: int | None = None
    selection_rate: float | None = None
    selection_impact_ratio: float | None = None
    scored_above_median: int | None = None
    scoring_rate: float | None = None
    scoring_impact_ratio: float | None = None
    selection_flagged: bool = False
    scoring_flagged: bool = False


@dataclass(frozen=True)
class CategoryReport:
    dimension: Dimension
    groups: list[GroupFigures]
    declined: int
    not_reported: int

    @property
    def flagged(self) -> list[GroupFigures]:
        return [g for g in self.groups if g.selection_flagged or g.scoring_flagged]


@dataclass(frozen=True)
class AuditReport:
    policy: AuditPolicy
    candidates: int
    selected: int
    median_score: float | None
    minimum_group_size: int
    sex: CategoryReport
    race_ethnicity: CategoryReport
    intersection: CategoryReport


GroupKey = tuple[Sex | None, RaceEthnicity | None]
_SEXES = [s for s in Sex if s is not Sex.DECLINE_TO_STATE]
_RACES = [r for r in RaceEthnicity if r is not RaceEthnicity.DECLINE_TO_STATE]


def audit(candidates: Sequence[AssessedCandidate], policy: AuditPolicy) -> AuditReport:
    median = statistics.median(c.score for c in candidates) if candidates else None
    minimum = policy.minimum_for(len(candidates))
    figures = _Tally(candidates, median, minimum, policy.threshold)
    return AuditReport(
        policy=policy, candidates=len(candidates), selected=sum(c.selected for c in candidates),
        median_score=median, minimum_group_size=minimum,
        sex=figures.report(Dimension.SEX, [(s, None) for s in _SEXES], _sex_key),
        race_ethnicity=figures.report(Dimension.RACE_ETHNICITY, [(None, r) for r in _RACES], _race_key),
        intersection=figures.report(
            Dimension.INTERSECTION, [(s, r) for s in _SEXES for r in _RACES], _intersection_key
        ),
    )


_DECLINED = "declined"
_UNKNOWN = "unknown"


def _sex_key(d: Demographic | None) -> GroupKey | str:
    if d is None or d.sex is None:
        return _UNKNOWN
    return _DECLINED if d.sex is Sex.DECLINE_TO_STATE else (d.sex, None)


def _race_key(d: Demographic | None) -> GroupKey | str:
    if d is None or d.race_ethnicity is None:
        return _UNKNOWN
    return _DECLINED if d.race_ethnicity is RaceEthnicity.DECLINE_TO_STATE else (None, d.race_ethnicity)


def _intersection_key(d: Demographic | None) -> GroupKey | str:
    sex, race = _sex_key(d), _race_key(d)
    if _DECLINED in (sex, race):
        return _DECLINED
    if _UNKNOWN in (sex, race):
        return _UNKNOWN
    assert isinstance(sex, tuple) and isinstance(race, tuple)  # neither declined nor unknown
    return (sex[0], race[1])


class _Tally:
    def __init__(self, candidates: Sequence[AssessedCandidate], median: float | None, minimum: int,
                 threshold: float) -> None:
        self._candidates = candidates
        self._median = median
        self._minimum = minimum
        self._threshold = threshold

    def report(self, dimension: Dimension, groups: list[GroupKey],
               key_of: Callable[[Demographic | None], GroupKey | str]) -> CategoryReport:
        sizes: Counter[GroupKey | str] = Counter()
        chosen: Counter[GroupKey | str] = Counter()
        above: Counter[GroupKey | str] = Counter()
        for c in self._candidates:
            key = key_of(c.demographic)
            sizes[key] += 1
            chosen[key] += c.selected
            above[key] += self._median is not None and c.score > self._median
        large = [g for g in groups if sizes[g] >= self._minimum]
        selection = {g: chosen[g] / sizes[g] for g in large}
        scoring = {g: above[g] / sizes[g] for g in large}
        top_selection, top_scoring = max(selection.values(), default=0.0), max(scoring.values(), default=0.0)
        figures = []
        for group in groups:
            if group not in selection:
                figures.append(GroupFigures(group[0], group[1], sizes[group], below_minimum_size=True))
                continue
            selection_ratio = _ratio(selection[group], top_selection)
            scoring_ratio = _ratio(scoring[group], top_scoring)
            figures.append(GroupFigures(
                group[0], group[1], sizes[group], below_minimum_size=False,
                selected=chosen[group], selection_rate=selection[group], selection_impact_ratio=selection_ratio,
                scored_above_median=above[group], scoring_rate=scoring[group], scoring_impact_ratio=scoring_ratio,
                selection_flagged=selection_ratio is not None and selection_ratio < self._threshold,
                scoring_flagged=scoring_ratio is not None and scoring_ratio < self._threshold,
            ))
        return CategoryReport(dimension, figures, declined=sizes[_DECLINED], not_reported=sizes[_UNKNOWN])


def _ratio(rate: float, best: float) -> float | None:
    """None when no reportable group has any selection (or score above the median): a ratio
    against zero says nothing."""
    return rate / best if best > 0 else None

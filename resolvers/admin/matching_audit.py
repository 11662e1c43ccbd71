"""The bias audit of matching as the admin API shows it: aggregates only (docs/admin.md)."""
from __future__ import annotations

from datetime import datetime

import strawberry

from domain.analytics import TimeWindow
from domain.bias_audit import AuditReport, CategoryReport, Dimension, GroupFigures
from resolvers.types.demographics import RaceEthnicity, Sex

strawberry.enum(Dimension, name="AuditDimension")
AuditDimension = Dimension


@strawberry.input(description="[since, until): until defaults to now, since to the beginning.")
class AuditWindowInput:
    since: datetime | None = None
    until: datetime | None = None


@strawberry.type(description="One group's figures. Below the minimum size only the count is given.")
class AuditGroup:
    sex: Sex | None = strawberry.field(description="Null in the race/ethnicity table.")
    race_ethnicity: RaceEthnicity | None = strawberry.field(description="Null in the sex table.")
    candidates: int
    below_minimum_size: bool = strawberry.field(
        description="Too few candidates for rates to mean anything (or to stay anonymous): no rates, no ratios."
    )
    selected: int | None
    selection_rate: float | None = strawberry.field(description="Candidates shown in a job's top N / candidates.")
    selection_impact_ratio: float | None = strawberry.field(
        description="Selection rate / the highest selection rate among reported groups; null when that is 0."
    )
    scored_above_median: int | None
    scoring_rate: float | None = strawberry.field(
        description="Candidates scoring above the sample's median / candidates."
    )
    scoring_impact_ratio: float | None = strawberry.field(
        description="Scoring rate / the highest scoring rate among reported groups; null when that is 0."
    )
    selection_flagged: bool = strawberry.field(description="Selection impact ratio below the threshold (0.8).")
    scoring_flagged: bool = strawberry.field(description="Scoring impact ratio below the threshold (0.8).")

    @classmethod
    def of(cls, g: GroupFigures) -> AuditGroup:
        return cls(
            sex=g.sex, race_ethnicity=g.race_ethnicity, candidates=g.candidates,
            below_minimum_size=g.below_minimum_size, selected=g.selected, selection_rate=g.selection_rate,
            selection_impact_ratio=g.selection_impact_ratio, scored_above_median=g.scored_above_median,
            scoring_rate=g.scoring_rate, scoring_impact_ratio=g.scoring_impact_ratio,
            selection_flagged=g.selection_flagged, scoring_flagged=g.scoring_flagged,
        )


@strawberry.type(description="One table of the audit: by sex, by race/ethnicity, or by their intersection.")
class AuditCategory:
    dimension: AuditDimension
    groups: list[AuditGroup] = strawberry.field(description="Every category, in a fixed order, even when empty.")
    declined: int = strawberry.field(
        description="Candidates who chose DECLINE_TO_STATE (for either question, in intersections)."
    )
    not_reported: int = strawberry.field(description="Candidates who gave no answer (or never self-identified).")
    flagged_groups: int

    @classmethod
    def of(cls, c: CategoryReport) -> AuditCategory:
        return cls(dimension=c.dimension, groups=[AuditGroup.of(g) for g in c.groups], declined=c.declined,
                   not_reported=c.not_reported, flagged_groups=len(c.flagged))


@strawberry.type(
    name="MatchingAudit",
    description="A bias audit of matching in the manner of NYC Local Law 144: selection and scoring rates and"
    " impact ratios per sex, race/ethnicity and their intersection, from voluntary self-identification.",
)
class MatchingAuditType:
    since: datetime | None
    until: datetime
    top_n: int = strawberry.field(
        description="A candidate is selected when one of their matches is in its job's top N."
    )
    minimum_group_size: int = strawberry.field(
        description="max(configured minimum, configured share x candidates): smaller groups get counts only."
    )
    impact_ratio_threshold: float
    candidates: int = strawberry.field(description="Candidates with a match scored in the window.")
    selected: int
    median_score: float | None = strawberry.field(description="Of each candidate's best score in the window.")
    sex: AuditCategory
    race_ethnicity: AuditCategory
    intersections: AuditCategory

    @classmethod
    def of(cls, window: TimeWindow, report: AuditReport) -> MatchingAuditType:
        return cls(
            since=window.since, until=window.until, top_n=report.policy.top_n,
            minimum_group_size=report.minimum_group_size, impact_ratio_threshold=report.policy.threshold,
            candidates=report.candidates, selected=report.selected, median_score=report.median_score,
            sex=AuditCategory.of(report.sex), race_ethnicity=AuditCategory.of(report.race_ethnicity),
            intersections=AuditCategory.of(report.intersection),
        )

"""The analytics store: the append-only audit trail and the facts platform figures come from.

Every figure is aggregated inside the store (SQL, or a MongoDB aggregation pipeline);
an adapter never loads the rows into Python to count them. Facts may arrive more than once
(queues deliver at least once), so figures count distinct subjects, never rows.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from domain.analytics import (
    AuditFilter,
    AuditPage,
    AuditPosition,
    AuditRecord,
    Count,
    Fact,
    HireTimes,
    JobCounts,
    TimeWindow,
)


class AnalyticsStore(Protocol):
    async def record_audit(self, record: AuditRecord) -> None:
        """Appends; a record whose id is already stored is ignored (buses may deliver twice).
        There is deliberately no way to change or remove a record."""
        ...

    async def record_fact(self, fact: Fact) -> None: ...

    async def record_facts(self, facts: Sequence[Fact]) -> None:
        """Many facts in one write (a fact already stored is ignored, as by record_fact)."""
        ...

    async def audit_log(
        self, audit_filter: AuditFilter, first: int, after: AuditPosition | None, want_total: bool = True
    ) -> AuditPage:
        """Newest first; `total` counts the records the filter matches, up to
        TOTAL_COUNT_BOUND (then `total_is_estimate`), and only when `want_total`."""
        ...

    async def recorded_operations(self) -> frozenset[str]:
        """Every operation name some stored record has: older records may name mutations since
        renamed or removed from the schema, which the log is still filtered by."""
        ...

    async def subjects_by_category(self, kind: str, window: TimeWindow) -> list[Count]:
        """Distinct subjects with a fact of this kind in the window, per category, most first."""
        ...

    async def job_counts(self, window: TimeWindow) -> JobCounts: ...

    async def applications_by_status(self, window: TimeWindow) -> list[Count]:
        """Applications submitted in the window, by the latest status known."""
        ...

    async def stage_reach(self, window: TimeWindow, stages: Sequence[str]) -> list[int]:
        """For applications submitted in the window: how many reached each stage of the
        ordered pipeline (reaching a later stage counts as having passed the earlier ones)."""
        ...

    async def hire_times(self, window: TimeWindow, hired_status: str) -> HireTimes:
        """Applications hired in the window and the median time from submission to hire."""
        ...

    async def score_histogram(self, kind: str, window: TimeWindow, buckets: int) -> list[int]:
        """Counts of subjects' latest scores in `buckets` equal slices of [0, 1]."""
        ...

"""The bias audit administrators ask for: who was assessed in a window (MatchOutcomes), their
self-reported groups (DemographicsStore), joined here and reduced at once to aggregates
(domain.bias_audit.audit). Nothing per person leaves this service."""
from __future__ import annotations

from datetime import datetime

from domain.analytics import TimeWindow, utc
from domain.bias_audit import AssessedCandidate, AuditPolicy, AuditReport, audit
from domain.clock import Clock
from domain.ports.demographics import DemographicsStore
from domain.ports.match_outcomes import MatchOutcomes


class BiasAuditService:
    def __init__(self, outcomes: MatchOutcomes, demographics: DemographicsStore, clock: Clock,
                 policy: AuditPolicy | None = None) -> None:
        self._outcomes = outcomes
        self._demographics = demographics
        self._clock = clock
        self.policy = policy or AuditPolicy()

    def window(self, since: datetime | None, until: datetime | None) -> TimeWindow:
        """[since, until); until defaults to now, since to the beginning."""
        return TimeWindow(until=utc(until) or self._clock.now(), since=utc(since))

    async def report(self, window: TimeWindow, policy: AuditPolicy | None = None) -> AuditReport:
        policy = policy or self.policy
        outcomes = await self._outcomes.assessed(window, policy.top_n)
        groups = await self._demographics.groups_of([o.candidate_id for o in outcomes])
        return audit(
            [AssessedCandidate(group, o.best_score, o.selected) for o, group in zip(outcomes, groups)], policy
        )


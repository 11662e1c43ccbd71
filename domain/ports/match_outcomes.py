"""What the bias audit reads of matching: who was assessed in a window, how they scored
and whether they were shown among a job's top results. Read-only."""
from __future__ import annotations

from typing import Protocol

from domain.analytics import TimeWindow
from domain.bias_audit.selection import CandidateOutcome


class MatchOutcomes(Protocol):
    async def assessed(self, window: TimeWindow, top_n: int) -> list[CandidateOutcome]:
        """One row per candidate with a match scored (stored or rescored, `updated_at`) in the
        window: their best score among those matches, and whether any of them was among the
        top `top_n` of its job's matches scored in the window (score descending, then match id
        ascending: the order employers' lists use). See domain.bias_audit.selection."""
        ...

"""Port of the job store's skill statistics, for weighing skills by how specific they are."""
from __future__ import annotations

from typing import Protocol


class SkillFrequencySource(Protocol):
    async def skill_document_frequencies(self) -> tuple[dict[str, int], int]:
        """How many open jobs list each skill (required or nice to have, counted once per
        job), and how many open jobs there are. One aggregate read: callers cache it."""
        ...

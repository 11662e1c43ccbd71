"""The ids of each candidate's resumes that matching may read, without the resumes' content:
what a recomputation checks after writing to know whether a change raced it
(domain.services.matching_resume_sets)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class EligibleResumeIds(Protocol):
    async def eligible_ids(self, owner_ids: Sequence[str]) -> dict[str, frozenset[str]]:
        """Per owner (every one of `owner_ids`), the ids that domain.matching.resume_choice.eligible
        keeps from their resumes as stored now: the parsed primary alone, else every parsed one."""
        ...

    async def eligible_lists(self, owner_ids: Sequence[str]) -> dict[str, list[str]]:
        """The same ids per owner, newest upload first (equal times by id, descending): the
        order ResumeRepository.by_owners lists them in."""
        ...

    async def owners_of(self, resume_ids: Sequence[str]) -> dict[str, str]:
        """Resume id -> owner id, for those of `resume_ids` that exist (in any state)."""
        ...

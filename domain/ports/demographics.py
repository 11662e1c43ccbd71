"""Where candidates' self-reported sex and race/ethnicity are kept: apart from the profile.

Only the candidate's own requests (set, read back, withdraw), account erasure and the bias
audit use this port. Matching is never given it (tests/unit/test_architecture.py)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from domain.demographics import Demographic, SelfIdentification


class DemographicsStore(Protocol):
    async def put(self, answers: SelfIdentification) -> bool:
        """Replaces the person's answers; False (nothing written) when the account no longer
        exists, so answers given while the account is being erased cannot outlive it."""
        ...

    async def get(self, user_id: str) -> SelfIdentification | None: ...

    async def remove(self, user_id: str) -> bool:
        """Forgets the person's answers (withdrawal, erasure); False when there were none."""
        ...

    async def groups_of(self, user_ids: Sequence[str]) -> list[Demographic | None]:
        """Each person's categories, in the order of the ids (None: never answered). For the
        aggregate audit only: the result carries no id and never leaves the domain service."""
        ...

"""Who may handle an application's changes now, across every worker process and replica."""
from __future__ import annotations

from typing import Protocol


class ApplicationProcessingLeases(Protocol):
    async def acquire(self, application_id: str, holder: str, seconds: float) -> bool:
        """Takes the application's lease for `holder` for `seconds`, unless another holder's
        lease is still running; whether it was taken. The holder asking again renews its
        lease. Atomic in the store: two holders asking at once never both get it."""
        ...

    async def release(self, application_id: str, holder: str) -> None:
        """Gives the lease back, if `holder` still has it."""
        ...

"""Which scoring made the stored match scores.

A stored score is read back as it was written (its breakdown, its explanation's facts), so a
change to how pairs are scored (domain.matching.scoring.SCORING_VERSION) would leave every score
stored before it in the old reading until its job happened to be matched again. The store
records the newest version that has rescored it; a process that scores with a newer one adopts
it: every open job is queued once to be matched again (work already queued for a job keeps its
place). A process of an older version never lowers the record (a rolling deploy starts both)."""
from __future__ import annotations

from typing import Protocol


class ScoringVersionRecord(Protocol):
    async def adopt(self, version: int) -> bool:
        """Records `version` if it is newer than the recorded one and queues every open job to
        be matched again. True when it did; False when the record was already at `version` or
        newer (nothing queued)."""
        ...

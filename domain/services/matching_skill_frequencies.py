"""The skill → document-frequency table matching weighs job skills with, cached.

IDF is a corpus statistic that moves slowly: one job more or less barely changes it (search
engines such as Lucene likewise count deleted documents until segments merge). So the table is
read from the job store in one aggregate query on first use, and read again only after jobs
changed (posted, updated or closed) and either the snapshot is older than `max_age` or the
changes since amount to `drift` of the jobs it counted. The second rule keeps a young, small
store exact (ten jobs become twenty); the first bounds staleness on a big one. Never a rescan
per event: at most one per `drift` × jobs changes, so a constant amortised cost per change."""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta

from domain.clock import Clock
from domain.matching.skill_frequencies import SkillFrequencies
from domain.ports.skill_frequencies import SkillFrequencySource


class CachedSkillFrequencies:
    def __init__(self, source: SkillFrequencySource, clock: Clock,
                 max_age: timedelta = timedelta(minutes=5), drift: float = 0.1,
                 canonical: Callable[[str], str] | None = None) -> None:
        self._source, self._clock, self._max_age, self._drift = source, clock, max_age, drift
        # The store counts skills as written; profiles ask by canonical name (SkillFrequencies).
        self._canonical = canonical
        self._snapshot: SkillFrequencies | None = None
        self._read_at: datetime | None = None
        self._changes = 0
        self._lock = asyncio.Lock()

    def jobs_changed(self) -> None:
        self._changes += 1

    async def current(self) -> SkillFrequencies:
        async with self._lock:
            if self._stale():
                self._changes = 0
                counts, jobs = await self._source.skill_document_frequencies()
                self._snapshot, self._read_at = SkillFrequencies(counts, jobs, self._canonical), self._clock.now()
            assert self._snapshot is not None  # read just above when there was none
            return self._snapshot

    def _stale(self) -> bool:
        if self._snapshot is None or self._read_at is None:
            return True
        if not self._changes:
            return False
        return (self._changes > self._drift * self._snapshot.jobs
                or self._clock.now() - self._read_at >= self._max_age)

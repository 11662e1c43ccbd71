"""The skill → document-frequency table matching weighs job skills with, cached.

IDF is a corpus statistic that moves slowly: one job more or less barely changes it (search
engines such as Lucene likewise count deleted documents until segments merge). So the table is
read from the job store in one aggregate query on first use, and read again only after jobs
changed (posted, updated or closed) and the snapshot is older than `max_age`: never a rescan
per event, and at most one per `max_age` however busy posting is."""
from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

from domain.clock import Clock
from domain.matching.skill_frequencies import SkillFrequencies
from domain.ports.skill_frequencies import SkillFrequencySource


class CachedSkillFrequencies:
    def __init__(self, source: SkillFrequencySource, clock: Clock,
                 max_age: timedelta = timedelta(minutes=5)) -> None:
        self._source, self._clock, self._max_age = source, clock, max_age
        self._snapshot: SkillFrequencies | None = None
        self._read_at: datetime | None = None
        self._changed = False
        self._lock = asyncio.Lock()

    def jobs_changed(self) -> None:
        self._changed = True

    async def current(self) -> SkillFrequencies:
        async with self._lock:
            if self._snapshot is None or (self._changed and self._clock.now() - self._read_at >= self._max_age):
                self._changed = False
                counts, jobs = await self._source.skill_document_frequencies()
                self._snapshot, self._read_at = SkillFrequencies(counts, jobs), self._clock.now()
            return self._snapshot

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from aiodataloader import DataLoader

from domain.jobs import Job
from domain.ports.jobs import JobRepository


class JobByIdLoader(DataLoader[str, Job | None]):
    def __init__(self, jobs: JobRepository) -> None:
        super().__init__()
        self._jobs = jobs
        self._remembered: dict[str, Job] = {}

    def remember(self, jobs: Iterable[Job]) -> None:
        """As `prime` for each job, paid only for the jobs this request loads again: a search
        page remembers all its jobs and most requests never ask for one of them by id."""
        for job in jobs:
            self._remembered.setdefault(job.id, job)

    def load(self, key: str) -> Any:
        job = self._remembered.pop(key, None) if self._remembered else None
        if job is not None:
            self.prime(key, job)  # a no-op when the key is already cached, as with prime up front
        return super().load(key)

    def clear(self, key: str) -> JobByIdLoader:
        self._remembered.pop(key, None)
        return super().clear(key)

    def clear_all(self) -> JobByIdLoader:
        self._remembered.clear()
        return super().clear_all()

    async def batch_load_fn(self, keys: list[str]) -> list[Job | None]:
        return await self._jobs.get_many(keys)

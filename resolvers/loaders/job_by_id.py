from __future__ import annotations

from aiodataloader import DataLoader

from domain.jobs import Job
from domain.ports.jobs import JobRepository


class JobByIdLoader(DataLoader[str, Job | None]):
    def __init__(self, jobs: JobRepository) -> None:
        super().__init__()
        self._jobs = jobs

    async def batch_load_fn(self, keys: list[str]) -> list[Job | None]:
        return await self._jobs.get_many(keys)

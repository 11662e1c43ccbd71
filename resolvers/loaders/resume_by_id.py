from __future__ import annotations

from aiodataloader import DataLoader

from domain.ports.resumes import ResumeRepository
from domain.resumes import Resume


class ResumeByIdLoader(DataLoader[str, Resume | None]):
    def __init__(self, repository: ResumeRepository) -> None:
        super().__init__()
        self._repository = repository

    async def batch_load_fn(self, keys: list[str]) -> list[Resume | None]:
        return await self._repository.get_many(keys)

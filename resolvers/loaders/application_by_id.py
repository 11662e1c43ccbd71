from __future__ import annotations

from aiodataloader import DataLoader

from domain.applications import Application
from domain.ports.resumes import ApplicationRepository


class ApplicationByIdLoader(DataLoader[str, Application | None]):
    def __init__(self, repository: ApplicationRepository) -> None:
        super().__init__()
        self._repository = repository

    async def batch_load_fn(self, keys: list[str]) -> list[Application | None]:
        return await self._repository.get_many(keys)

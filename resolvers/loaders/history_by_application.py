from __future__ import annotations

from aiodataloader import DataLoader

from domain.applications import ApplicationEvent
from domain.ports.resumes import ApplicationRepository


class HistoryByApplicationLoader(DataLoader[str, list[ApplicationEvent]]):
    def __init__(self, applications: ApplicationRepository) -> None:
        super().__init__()
        self._applications = applications

    async def batch_load_fn(self, keys: list[str]) -> list[list[ApplicationEvent]]:
        return await self._applications.histories(keys)

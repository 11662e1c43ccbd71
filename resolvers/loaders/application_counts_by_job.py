from __future__ import annotations

from aiodataloader import DataLoader

from domain.ports.resumes import ApplicationRepository


class ApplicationCountsByJobLoader(DataLoader[str, dict[str, int]]):
    def __init__(self, applications: ApplicationRepository) -> None:
        super().__init__()
        self._applications = applications

    async def batch_load_fn(self, keys: list[str]) -> list[dict[str, int]]:
        return await self._applications.counts_by_status(keys)

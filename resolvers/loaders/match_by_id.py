from __future__ import annotations

from aiodataloader import DataLoader

from domain.matches import Match
from domain.ports.resumes import MatchRepository


class MatchByIdLoader(DataLoader[str, Match | None]):
    def __init__(self, repository: MatchRepository) -> None:
        super().__init__()
        self._repository = repository

    async def batch_load_fn(self, keys: list[str]) -> list[Match | None]:
        return await self._repository.get_many(keys)

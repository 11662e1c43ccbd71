from __future__ import annotations

from aiodataloader import DataLoader

from domain.matches import Match
from domain.ports.resumes import MatchRepository


class MatchByPairLoader(DataLoader[tuple[str, str], Match | None]):
    """The stored match of a (candidate id, job id): a page of applications asks once."""

    def __init__(self, repository: MatchRepository) -> None:
        super().__init__()
        self._repository = repository

    async def batch_load_fn(self, keys: list[tuple[str, str]]) -> list[Match | None]:
        return await self._repository.of_pairs(keys)

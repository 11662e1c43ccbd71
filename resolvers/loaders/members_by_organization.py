from __future__ import annotations

from aiodataloader import DataLoader

from domain.ports.accounts import UserRepository
from domain.users import User


class MembersByOrganizationLoader(DataLoader[str, list[User]]):
    def __init__(self, users: UserRepository) -> None:
        super().__init__()
        self._users = users

    async def batch_load_fn(self, keys: list[str]) -> list[list[User]]:
        return await self._users.members_of(keys)

from __future__ import annotations

from domain.ports.accounts import OrganizationRepository
from domain.users import Organization
from resolvers.loaders.ready import PeekableLoader


class OrganizationByIdLoader(PeekableLoader[str, Organization | None]):
    def __init__(self, organizations: OrganizationRepository) -> None:
        super().__init__()
        self._organizations = organizations

    async def batch_load_fn(self, keys: list[str]) -> list[Organization | None]:
        return await self._organizations.get_many(keys)

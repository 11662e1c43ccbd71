from __future__ import annotations

from aiodataloader import DataLoader

from domain.ports.resumes import ApplicationRepository


class AppliedOrganizationsByCandidateLoader(DataLoader[str, list[str]]):
    """The organizations a candidate has applied to: their members may see the contact data."""

    def __init__(self, applications: ApplicationRepository) -> None:
        super().__init__()
        self._applications = applications

    async def batch_load_fn(self, keys: list[str]) -> list[list[str]]:
        return await self._applications.organizations_applied_to(keys)

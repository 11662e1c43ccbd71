from __future__ import annotations

from domain.applications import Application
from domain.ports.resumes import ApplicationRepository
from resolvers.loaders.paged import PagedByParentLoader


class ApplicationsByOrganizationLoader(PagedByParentLoader[Application]):
    """Key: (organization id, PipelineFilter, PageRequest): an organization's pipeline."""

    def __init__(self, applications: ApplicationRepository) -> None:
        super().__init__(applications.by_organizations)

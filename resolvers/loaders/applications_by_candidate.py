from __future__ import annotations

from domain.applications import Application
from domain.ports.resumes import ApplicationRepository
from resolvers.loaders.paged import PagedByParentLoader


class ApplicationsByCandidateLoader(PagedByParentLoader[Application]):
    """Key: (candidate id, ApplicationStatus or None, PageRequest)."""

    def __init__(self, applications: ApplicationRepository) -> None:
        super().__init__(applications.by_candidates)

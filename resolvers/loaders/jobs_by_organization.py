from __future__ import annotations

from domain.jobs import Job
from domain.ports.jobs import JobRepository
from resolvers.loaders.paged import PagedByParentLoader


class JobsByOrganizationLoader(PagedByParentLoader[Job]):
    """Key: (organization id, JobStatus or None, PageRequest)."""

    def __init__(self, jobs: JobRepository) -> None:
        super().__init__(jobs.by_organizations)

from __future__ import annotations

from domain.ports.resumes import ResumeRepository
from domain.resumes import Resume
from resolvers.loaders.paged import PagedByParentLoader


class ResumesByOwnerLoader(PagedByParentLoader[Resume]):
    """Key: (owner id, None, PageRequest)."""

    def __init__(self, resumes: ResumeRepository) -> None:
        super().__init__(resumes.by_owners)

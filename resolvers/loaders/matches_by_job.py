from __future__ import annotations

from domain.matches import Match
from domain.ports.resumes import MatchRepository
from resolvers.loaders.paged import PagedByParentLoader


class MatchesByJobLoader(PagedByParentLoader[Match]):
    """Key: (job id, minimum score or None, PageRequest)."""

    def __init__(self, matches: MatchRepository) -> None:
        super().__init__(matches.by_jobs)

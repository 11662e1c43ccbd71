"""The skills and explanation of matches, built on read from the resume and the job (they
are not stored, see domain/services/match_explanations.py); one batch per request tick."""
from __future__ import annotations

from aiodataloader import DataLoader

from domain.matches import Match
from domain.services.match_explanations import MatchExplanations, MatchFacts


class MatchFactsLoader(DataLoader[str, MatchFacts]):
    def __init__(self, explanations: MatchExplanations | None) -> None:
        super().__init__()
        self._explanations = explanations
        self._matches: dict[str, Match] = {}

    async def of(self, match: Match) -> MatchFacts:
        self._matches[match.id] = match
        return await self.load(match.id)

    async def batch_load_fn(self, keys: list[str]) -> list[MatchFacts]:
        matches = [self._matches[key] for key in keys]
        if self._explanations is None:  # no matching engine wired: what the match carries
            return [MatchFacts(m.matched_skills, m.missing_skills, m.explanation) for m in matches]
        return await self._explanations.facts(matches)

from __future__ import annotations

from aiodataloader import DataLoader

from domain.services.sent_resume_scores import SentResume, SentResumeScores


class MatchScoreBySentResumeLoader(DataLoader[SentResume, float | None]):
    """The score of each application's job against the résumé it was sent with: a page of
    applications costs one batch (domain/services/sent_resume_scores.py)."""

    def __init__(self, scores: SentResumeScores) -> None:
        super().__init__()
        self._scores = scores

    async def batch_load_fn(self, keys: list[SentResume]) -> list[float | None]:
        return await self._scores.scores(keys)

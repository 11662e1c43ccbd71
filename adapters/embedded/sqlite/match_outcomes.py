"""What the bias audit reads of the matches table, aggregated in SQL: per candidate with a
match scored in the window, the best score and whether one of their matches is in its job's
top N (domain.bias_audit.selection is the reference; the integration test checks both agree)."""
from __future__ import annotations

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.match_rows import micros
from domain.analytics import TimeWindow
from domain.bias_audit import CandidateOutcome

_OUTCOMES = """
WITH considered AS (
    SELECT id, candidate_id, job_id, score FROM matches WHERE updated_us >= ? AND updated_us < ?
), ranked AS (
    SELECT candidate_id, score, ROW_NUMBER() OVER (PARTITION BY job_id ORDER BY score DESC, id) AS place
    FROM considered
)
SELECT candidate_id, MAX(score) AS best_score, MAX(place <= ?) AS selected
FROM ranked GROUP BY candidate_id ORDER BY candidate_id
"""


class SqliteMatchOutcomes:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def assessed(self, window: TimeWindow, top_n: int) -> list[CandidateOutcome]:
        since = micros(window.since) if window.since else 0
        rows = await self._db.fetch_all(_OUTCOMES, (since, micros(window.until), top_n))
        return [CandidateOutcome(r["candidate_id"], r["best_score"], bool(r["selected"])) for r in rows]

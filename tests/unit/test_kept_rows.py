"""A job's rows are picked from its score array (kept_rows.rows_to_write) before any match is
built: the same rows, in the same order, as building every match and ranking the best per pair
(MatchStore.to_write, what a candidate's recomputation still does). Random inputs with many
ties, several resumes per candidate, a floor and a small `keep`."""
from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from domain.matches import Match, MatchRetention, ScoreBreakdown
from domain.matching.kept_rows import rows_to_write
from domain.matching.resume_choice import best_per_pair
from domain.services.matching_store import MatchStore

NOW = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize("seed", range(40))
def test_the_rows_picked_from_the_array_are_those_of_ranking_every_match(seed: int):
    rng = random.Random(seed)
    n = rng.randint(0, 120)
    candidates = [f"c{rng.randint(0, 40)}" for _ in range(n)]
    resumes = [f"{c}-r{rng.randint(0, 2)}" for c in candidates]
    # Few distinct scores, so ties at the floor and at the keep-th place are common.
    scores = [rng.choice([0.1, 0.2, 0.25, 0.3, 0.5, 0.5, 0.7, 0.9]) for _ in range(n)]
    retention = MatchRetention(keep=rng.randint(1, 30), floor=rng.choice([0.0, 0.25, 0.5]))
    matches = [Match(id=f"m{row}", candidate_id=c, job_id="j", resume_id=r, score=s, breakdown=ScoreBreakdown(),
                     created_at=NOW, updated_at=NOW) for row, (c, r, s) in enumerate(zip(candidates, resumes, scores))]
    store = MatchStore(None, None, None, None, retention)  # type: ignore[arg-type]  # to_write reads none of them

    kept, below = rows_to_write(candidates, resumes, scores, retention)

    assert [f"m{row}" for row in kept + below] == [m.id for m in store.to_write(best_per_pair(matches))]

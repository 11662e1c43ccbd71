"""Which of a job's scored rows are written, picked from the score array before any match is
built: one row per candidate (its best resume, as resume_choice.best_per_pair picks it), then
those at or above the retention floor, best first, up to `keep`; and those below the floor
(written as deletions of what was stored of them). The rest would be pruned as soon as
written, so they are never built."""
from __future__ import annotations

from collections.abc import Sequence

from domain.matches import MatchRetention


def rows_to_write(candidate_ids: Sequence[str], resume_ids: Sequence[str], scores: Sequence[float],
                  retention: MatchRetention) -> tuple[list[int], list[int]]:
    """(kept, below the floor), as row numbers. Kept rows are best first, equal scores in
    the order the candidates first appear; the same choice as ranking the best-per-pair
    matches with a stable sort by score (MatchStore.to_write)."""
    best: dict[str, int] = {}
    for row, candidate in enumerate(candidate_ids):
        current = best.get(candidate)
        if current is None or (scores[row], resume_ids[row]) > (scores[current], resume_ids[current]):
            best[candidate] = row
    ranked = sorted(best.values(), key=lambda row: scores[row], reverse=True)
    kept = [row for row in ranked if scores[row] >= retention.floor][: retention.keep]
    below = [row for row in ranked if scores[row] < retention.floor]
    return kept, below

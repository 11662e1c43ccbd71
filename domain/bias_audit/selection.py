"""Who was "selected": shown among a job's top N matches. The definition every adapter
follows (SQLite computes it in SQL, DynamoDB from the rows it reads, both checked against
this function)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class ScoredMatch:
    match_id: str
    candidate_id: str
    job_id: str
    score: float


@dataclass(frozen=True)
class CandidateOutcome:
    candidate_id: str
    best_score: float
    selected: bool


def outcomes_from_matches(matches: Iterable[ScoredMatch], top_n: int) -> list[CandidateOutcome]:
    """Per candidate: the best score among their matches, and whether any of their matches
    is among the `top_n` of its job (score descending, ties by match id ascending, which is
    the order the job's match list shows). Sorted by candidate id."""
    by_job: dict[str, list[ScoredMatch]] = defaultdict(list)
    for match in matches:
        by_job[match.job_id].append(match)
    best: dict[str, float] = {}
    selected: set[str] = set()
    for job_matches in by_job.values():
        job_matches.sort(key=lambda m: (-m.score, m.match_id))
        for rank, match in enumerate(job_matches):
            best[match.candidate_id] = max(best.get(match.candidate_id, match.score), match.score)
            if rank < top_n:
                selected.add(match.candidate_id)
    return [CandidateOutcome(c, best[c], c in selected) for c in sorted(best)]

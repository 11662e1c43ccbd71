"""What the bias audit reads of the matches on DynamoDB. DynamoDB cannot aggregate, and match
items have no time index, so this lists every job (GSI4 `JOBS`), reads each job's matches
(GSI2 `JOB#<job>#MATCHES`, best first), keeps those scored in the window and lets the
domain's reference definition (domain.bias_audit.outcomes_from_matches) rank and reduce them.
It reads every stored match once: fine for an administrator's occasional report; the cost
grows with the number of stored matches (top-k per resume), not with traffic."""
from __future__ import annotations

import asyncio
from datetime import datetime

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.query import ListQuery, read_all
from domain.analytics import TimeWindow
from domain.bias_audit import CandidateOutcome, ScoredMatch, outcomes_from_matches

_JOBS_AT_ONCE = 8


class DynamoMatchOutcomes:
    def __init__(self, table: DynamoTable) -> None:
        self._table = table

    async def assessed(self, window: TimeWindow, top_n: int) -> list[CandidateOutcome]:
        jobs = [item["id"]["S"] for item in await read_all(self._table, ListQuery(keys.GSI4, keys.jobs_listing()))]
        considered: list[ScoredMatch] = []
        for start in range(0, len(jobs), _JOBS_AT_ONCE):
            batches = await asyncio.gather(*(
                read_all(self._table, ListQuery(keys.GSI2, keys.job_matches(job), ascending=True))
                for job in jobs[start:start + _JOBS_AT_ONCE]
            ))
            considered += [_scored(item) for batch in batches for item in batch if _within(item, window)]
        return outcomes_from_matches(considered, top_n)


def _within(item: dict, window: TimeWindow) -> bool:
    scored_at = datetime.fromisoformat(item["updated_at"]["S"])
    return (window.since is None or scored_at >= window.since) and scored_at < window.until


def _scored(item: dict) -> ScoredMatch:
    return ScoredMatch(item["id"]["S"], item["candidate_id"]["S"], item["job_id"]["S"], float(item["score"]["N"]))

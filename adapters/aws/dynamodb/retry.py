"""Backoff for the work DynamoDB hands back unfinished (UnprocessedKeys/UnprocessedItems).

botocore retries whole failed calls; a batch call that half-succeeds is not a failure to
it, so the leftover keys are retried here with capped exponential backoff and full jitter."""
from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass

from domain.errors import TransientFailure


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 8
    base_delay_seconds: float = 0.05
    max_delay_seconds: float = 2.0

    def delay(self, attempt: int) -> float:
        return random.uniform(0, min(self.max_delay_seconds, self.base_delay_seconds * 2**attempt))

    async def pause_before_retry(self, attempt: int, what: str) -> None:
        """attempt counts the calls made so far; past the budget the batch fails as a
        whole rather than passing throttled keys off as missing."""
        if attempt >= self.max_attempts:
            raise TransientFailure(
                f"DynamoDB kept throttling {what} after {attempt} attempts; try again shortly."
            )
        await asyncio.sleep(self.delay(attempt))

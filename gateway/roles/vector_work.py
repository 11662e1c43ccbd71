"""The worker's half of WorkerOwnedVectorIndex: removals an API process queued."""
from __future__ import annotations

from adapters.embedded.vectors.worker_owned import REMOVE_VECTORS
from gateway.adapter_sets import MatchingAdapters
from gateway.workers import WorkHandler


def vector_work_handlers(matching: MatchingAdapters) -> dict[str, WorkHandler]:
    indexes = {"job": matching.job_index, "resume": matching.resume_index}

    async def remove(payload: dict) -> None:
        await indexes[payload["kind"]].remove(payload["ids"])

    return {REMOVE_VECTORS: WorkHandler(handle=remove)}

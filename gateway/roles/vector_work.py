"""The worker's half of WorkerOwnedVectorIndex: removals an API process queued."""
from __future__ import annotations

from adapters.embedded.vectors.worker_owned import REMOVE_VECTORS
from domain.ports.vectors import VectorIndex
from gateway.workers import WorkHandler


def vector_work_handlers(job_index: VectorIndex, resume_index: VectorIndex) -> dict[str, WorkHandler]:
    indexes = {"job": job_index, "resume": resume_index}

    async def remove(payload: dict) -> None:
        await indexes[payload["kind"]].remove(payload["ids"])

    return {REMOVE_VECTORS: WorkHandler(handle=remove)}

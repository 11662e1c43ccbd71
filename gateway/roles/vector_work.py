"""The worker's half of WorkerOwnedVectorIndex: removals an API process queued."""
from __future__ import annotations

from typing import Any

from adapters.embedded.vectors.worker_owned import REMOVE_VECTORS
from gateway.workers import Job


def vector_jobs(ports: dict[str, Any]) -> dict[str, Job]:
    indexes = {"job": ports.get("job_index"), "resume": ports.get("resume_index")}
    if any(index is None for index in indexes.values()):
        return {}

    async def remove(payload: dict) -> None:
        await indexes[payload["kind"]].remove(payload["ids"])

    return {REMOVE_VECTORS: Job(handle=remove)}

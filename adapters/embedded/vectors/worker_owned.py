"""The vector index as an API process sees it: owned by the worker process, never opened here.

The worker process is the one writer of the index files (data-dir lock, gateway/roles), and
nothing on the API's request path searches vectors. What an API process does change (a
resume deleted, an account erased) reaches the worker's index as queued work: the stored
vectors are already gone from SQLite, and the worker drops the index entries."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from domain.ports.queue import WorkQueue

REMOVE_VECTORS = "vectors.remove"


class WorkerOwnedVectorIndex:
    """Implements domain.ports.vectors.VectorIndex for a process that does not hold the index."""

    def __init__(self, kind: str, queue: WorkQueue, dimension: int) -> None:
        self.kind = kind
        self.dimension = dimension
        self._queue = queue

    async def open(self, generation: str, source: object, count: int | None = None) -> None:
        return None

    async def upsert(self, items: Sequence[tuple[str, Sequence[float]]], generation: str | None = None) -> None:
        raise RuntimeError("vectors are indexed by the worker process; an API process never indexes")

    async def remove(self, ids: Sequence[str], generation: str | None = None) -> None:
        if ids:
            await self._queue.enqueue(REMOVE_VECTORS, {"kind": self.kind, "ids": list(ids)})

    async def search(self, vector: Sequence[float], k: int, exclude: Iterable[str] = ()) -> list[tuple[str, float]]:
        raise RuntimeError("vector search runs on the worker process; an API process never searches")

    async def count(self) -> int:
        raise RuntimeError("the vector index lives in the worker process")

    async def save(self) -> None:
        return None

    async def close(self) -> None:
        return None

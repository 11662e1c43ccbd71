"""Port of the vector index that retrieves the nearest jobs (or resumes) to an embedding."""
from __future__ import annotations

from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Protocol, runtime_checkable

Vector = Sequence[float]


class VectorIndex(Protocol):
    """Cosine-similarity search over L2-normalised vectors keyed by string ids.

    The index is derived data: the source of truth (the jobs or resumes store) can always
    rebuild it, so `open` compares what is persisted with what the source says and rebuilds
    when they disagree."""

    dimension: int

    async def open(self, generation: str, source: VectorSource, count: int | None = None) -> None:
        """Load the persisted index, or rebuild it from `source` when it is missing, unreadable,
        or its manifest's generation (a token the source of truth changes whenever its vectors
        do) or count (when given) disagrees with the source's."""
        ...

    async def upsert(self, items: Sequence[tuple[str, Vector]], generation: str | None = None) -> None:
        """Add or replace vectors; `generation` is the source's token after this change."""
        ...

    async def remove(self, ids: Sequence[str], generation: str | None = None) -> None:
        """Drop ids (unknown ids are ignored)."""
        ...

    async def search(self, vector: Vector, k: int,
                     exclude: Iterable[str] = ()) -> list[tuple[str, float]]:
        """Up to k (id, cosine similarity) pairs, most similar first."""
        ...

    async def count(self) -> int: ...

    async def save(self) -> None:
        """Persist the current state (also done on close)."""
        ...

    async def close(self) -> None: ...


@runtime_checkable
class SearchesInBatches(Protocol):
    """An index that searches for several vectors in one call (one hand-over to the thread
    that searches, not one a vector). Where an index lacks it, callers search one by one."""

    async def search_many(self, vectors: Sequence[Vector], k: int) -> list[list[tuple[str, float]]]:
        """As search(vector, k) for each of `vectors`, in order."""
        ...


class VectorSource(Protocol):
    """The source of truth's current vectors, streamed for a rebuild."""

    def __call__(self) -> AsyncIterable[tuple[str, Vector]] | Iterable[tuple[str, Vector]]: ...

"""The nearest items of several vectors: in one call where the index searches in batches
(SearchesInBatches: the resumes of a batch of jobs refresh hundreds of neighbour values at
once, each search otherwise a hand-over to the index's thread and back), else one by one."""
from __future__ import annotations

from collections.abc import Sequence

from domain.ports.vectors import SearchesInBatches, Vector, VectorIndex


async def search_all(index: VectorIndex, vectors: Sequence[Vector], k: int) -> list[list[tuple[str, float]]]:
    """index.search(vector, k) of each of `vectors`, in order."""
    if not vectors:
        return []
    if isinstance(index, SearchesInBatches):
        return await index.search_many(vectors, k)
    return [await index.search(vector, k) for vector in vectors]

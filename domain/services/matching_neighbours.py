"""Each job's and each resume's neighbour similarity (hubness, see MatchWeights), kept so
that both sides of a pair are corrected whichever side is being recomputed.

An item's own value comes free from its own retrieval (a resume's top-K jobs, a job's top-K
resumes) and is stored then. When the other side's items are scored, their stored values are
used; one missing, or computed when the other side held half as many items as now (or fewer
than k), is recomputed with one k-nearest search and stored. Doubling keeps the work per item
logarithmic in the size of the other side: incremental, never a rescan.

Kept in the EmbeddingStore (kinds `job.neighbours`, `resume.neighbours`) as the pair
(similarity, size of the other side when computed): per-item float vectors that live and die
with the embeddings, on every backend that stores embeddings."""
from __future__ import annotations

from collections.abc import Sequence

from domain.matching.profiles import neighbour_similarity
from domain.ports.embeddings import EmbeddingStore
from domain.ports.vectors import VectorIndex
from domain.services.embedding_writes import put_all
from domain.services.vector_searches import search_all


class NeighbourSimilarities:
    def __init__(self, embeddings: EmbeddingStore, k: int) -> None:
        self._embeddings, self._k = embeddings, k

    async def record(self, kind: str, item_id: str, similarities: Sequence[float],
                     other_side: VectorIndex) -> float | None:
        """Stores the value from the item's own retrieval (its similarities, best first)."""
        value = neighbour_similarity(similarities, self._k)
        if value is not None:
            await self._embeddings.put(_kind(kind), item_id, [value, float(await other_side.count())])
        return value

    async def record_many(self, kind: str, items: Sequence[tuple[str, Sequence[float]]],
                          other_side: VectorIndex) -> dict[str, float | None]:
        """record() for several items (a batch of jobs), their values stored in one write."""
        size = float(await other_side.count())
        values = {item_id: neighbour_similarity(similarities, self._k) for item_id, similarities in items}
        await put_all(self._embeddings, _kind(kind),
                      [(item_id, [value, size]) for item_id, value in values.items() if value is not None])
        return values

    async def of(self, kind: str, item_ids: Sequence[str], other_side: VectorIndex) -> dict[str, float]:
        """The values of `item_ids`, refreshing missing or outgrown ones (`kind` is also
        the kind of the items' embeddings)."""
        stored = await self._embeddings.get_many(_kind(kind), item_ids)
        size = await other_side.count()
        values: dict[str, float] = {}
        stale: list[str] = []
        for item_id, pair in zip(item_ids, stored):
            if pair is not None and not self._outgrown(int(pair[1]), size):
                values[item_id] = pair[0]
            else:
                stale.append(item_id)
        embedded = [(item_id, vector) for item_id, vector in zip(stale, await self._embeddings.get_many(kind, stale))
                    if vector is not None]
        found = await search_all(other_side, [vector for _, vector in embedded], self._k)
        # The other side's size once the searches are done (a refreshed value is stored with it).
        size_after = float(await other_side.count()) if embedded else 0.0
        refreshed: list[tuple[str, list[float]]] = []
        for (item_id, _), hits in zip(embedded, found, strict=True):
            value = neighbour_similarity([s for _, s in hits], self._k)
            if value is not None:
                values[item_id] = value
                refreshed.append((item_id, [value, size_after]))
        # One write for all of them (as record() would store each).
        await put_all(self._embeddings, _kind(kind), refreshed)
        return values

    async def stored(self, kind: str, item_ids: Sequence[str]) -> dict[str, float]:
        """The values as stored, none refreshed: for a reader who must not write (a score
        computed on read); an item without one is absent."""
        stored = await self._embeddings.get_many(_kind(kind), item_ids)
        return {item_id: pair[0] for item_id, pair in zip(item_ids, stored) if pair is not None}

    async def forget(self, kind: str, item_ids: Sequence[str]) -> None:
        await self._embeddings.delete(_kind(kind), item_ids)

    def _outgrown(self, size_then: int, size_now: int) -> bool:
        if size_then < self._k:
            return size_now > size_then  # the mean was over fewer neighbours than asked
        return size_now >= 2 * size_then


def _kind(kind: str) -> str:
    return f"{kind}.neighbours"

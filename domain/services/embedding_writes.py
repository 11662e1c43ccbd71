"""Several vectors of one kind stored in one write where the store can (PutsManyEmbeddings),
else one put each: a job batch stores its jobs' vectors and words, and a refresh its neighbour
values, together rather than a transaction per item."""
from __future__ import annotations

from collections.abc import Sequence

from domain.ports.embeddings import EmbeddingStore, PutsManyEmbeddings, Vector


async def put_all(store: EmbeddingStore, kind: str, items: Sequence[tuple[str, Vector]]) -> None:
    if not items:
        return
    if isinstance(store, PutsManyEmbeddings):
        await store.put_many(kind, items)
        return
    for owner_id, vector in items:
        await store.put(kind, owner_id, vector)

"""In-memory EmbeddingStore and VectorIndex for domain tests (exact cosine, plain Python)."""
from __future__ import annotations

import math


class InMemoryEmbeddingStore:
    """Implements domain.ports.embeddings.EmbeddingStore in dictionaries; runs the store's
    contract beside SQLite and DynamoDB (test_gateway_and_admin_ports_contract.py)."""

    def __init__(self) -> None:
        self.vectors: dict[tuple[str, str], list[float]] = {}
        self._changes: dict[str, int] = {}  # per kind, so that each change moves its generation

    async def put(self, kind, owner_id, vector) -> None:
        self.vectors[kind, owner_id] = list(vector)
        self._changes[kind] = self._changes.get(kind, 0) + 1

    async def get_many(self, kind, owner_ids):
        return [self.vectors.get((kind, i)) for i in owner_ids]

    async def delete(self, kind, owner_ids) -> None:
        for i in owner_ids:
            self.vectors.pop((kind, i), None)
        self._changes[kind] = self._changes.get(kind, 0) + 1

    async def generation(self, kind):
        return str(self._changes.get(kind, 0)), sum(1 for k, _ in self.vectors if k == kind)

    async def stream(self, kind):
        for (k, i), v in list(self.vectors.items()):
            if k == kind:
                yield i, v


class InMemoryVectorIndex:
    """Implements domain.ports.vectors.VectorIndex by exact search; counts searches. Runs the
    port's contract beside the embedded index (test_vector_index_contract.py)."""

    def __init__(self, items: dict[str, list[float]] | None = None, dimension: int = 2) -> None:
        self.dimension = dimension
        self.items = dict(items or {})
        self.searches = 0

    async def open(self, generation, source, count=None) -> None:
        """Nothing persisted: always rebuilt from the source of truth, sync or async."""
        stream = source()
        if hasattr(stream, "__aiter__"):
            self.items = {i: list(v) async for i, v in stream}
        else:
            self.items = {i: list(v) for i, v in stream}

    async def save(self) -> None:
        """Nothing to persist."""

    async def close(self) -> None:
        """Nothing to release."""

    async def upsert(self, items, generation=None) -> None:
        self.items.update({i: list(v) for i, v in items})

    async def remove(self, ids, generation=None) -> None:
        for i in ids:
            self.items.pop(i, None)

    async def search(self, vector, k, exclude=()):
        self.searches += 1
        scored = [(i, _cosine(vector, v)) for i, v in self.items.items() if i not in set(exclude)]
        return sorted(scored, key=lambda p: -p[1])[:k]

    async def count(self) -> int:
        return len(self.items)


def _cosine(a, b) -> float:
    norms = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(x * x for x in b))
    return sum(x * y for x, y in zip(a, b)) / norms if norms else 0.0

"""Where embeddings are kept: the source of truth the vector indexes are built from."""
from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Protocol, runtime_checkable

Vector = Sequence[float]


class EmbeddingStore(Protocol):
    async def put(self, kind: str, owner_id: str, vector: Vector) -> None: ...

    async def get_many(self, kind: str, owner_ids: Sequence[str]) -> list[list[float] | None]: ...

    async def delete(self, kind: str, owner_ids: Sequence[str]) -> None: ...

    async def generation(self, kind: str) -> tuple[str, int]:
        """A token that changes whenever the kind's vectors change, and their count."""
        ...

    def stream(self, kind: str) -> AsyncIterator[tuple[str, list[float]]]:
        """Every (owner id, vector) of a kind, for rebuilding an index."""
        ...


@runtime_checkable
class PutsManyEmbeddings(Protocol):
    """Optional: several vectors of one kind written at once, as put() writes each."""

    async def put_many(self, kind: str, items: Sequence[tuple[str, Vector]]) -> None: ...

"""Embedders for tests (implement domain.ports.documents.Embedder)."""
from __future__ import annotations

from collections.abc import Sequence

from domain.ports.documents import Embedder


class OneTextAtATimeEmbedder:
    """The real model held to one vector per text: each text is embedded alone the first time
    it is asked for and remembered, so a batch and single calls get bit-identical vectors
    (the model's padded batches differ from single passes in the last bits). `calls` records
    how many texts each call asked for."""

    def __init__(self, inner: Embedder) -> None:
        self._inner = inner
        self.dimension = getattr(inner, "dimension", None)
        self._known: dict[str, list[float]] = {}
        self.calls: list[int] = []

    async def embed(self, texts: Sequence[str]) -> list[list[float]]:
        self.calls.append(len(texts))
        for text in texts:
            if text not in self._known:
                (self._known[text],) = await self._inner.embed([text])
        return [self._known[text] for text in texts]

"""An Embedder that runs concurrent calls as one model pass (implements the Embedder port).

A transformer embeds 32 short texts in about the time of a few single ones, so while one pass
runs, the texts of every call that arrives meanwhile are collected and go in the next pass
together (up to `max_batch` texts); no timer holds a lone call back. Each caller gets its own
vectors, or the pass's error."""
from __future__ import annotations

import asyncio
from collections.abc import Sequence

from domain.ports.documents import Embedder


class BatchingEmbedder:
    def __init__(self, inner: Embedder, max_batch: int = 32) -> None:
        self._inner, self._max_batch = inner, max_batch
        self.dimension: int = inner.dimension
        self._waiting: list[tuple[list[str], asyncio.Future]] = []
        self._running: asyncio.Task | None = None

    def __getattr__(self, name: str):
        return getattr(self._inner, name)  # window_count, embed_array, ... as the model has them

    async def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        future: asyncio.Future = asyncio.get_running_loop().create_future()
        self._waiting.append((list(texts), future))
        if self._running is None or self._running.done():
            self._running = asyncio.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        while self._waiting:
            batch: list[tuple[list[str], asyncio.Future]] = []
            size = 0
            while self._waiting and (not batch or size + len(self._waiting[0][0]) <= self._max_batch):
                texts, future = self._waiting.pop(0)
                batch.append((texts, future))
                size += len(texts)
            try:
                vectors = await self._inner.embed([t for texts, _ in batch for t in texts])
            except BaseException as error:  # every caller of this pass hears of it
                for _, future in batch:
                    if not future.done():
                        future.set_exception(error) if isinstance(error, Exception) else future.cancel()
                if not isinstance(error, Exception):
                    raise
                continue
            start = 0
            for texts, future in batch:
                if not future.done():
                    future.set_result(vectors[start:start + len(texts)])
                start += len(texts)

"""Concurrent embedding calls share model passes: while one pass runs, the calls that arrive
are collected into the next; each caller gets its own vectors, or the pass's error. The inner
embedder is a counting stand-in for the model (its speed is not what is tested)."""
from __future__ import annotations

import asyncio

from adapters.embedded.batching_embedder import BatchingEmbedder


class CountingEmbedder:
    """Stands in for the model: one vector per text, [len(text), pass number]."""
    dimension = 2

    def __init__(self, fail_on: str | None = None) -> None:
        self.passes: list[list[str]] = []
        self._fail_on = fail_on

    async def embed(self, texts):
        self.passes.append(list(texts))
        await asyncio.sleep(0.05)
        if self._fail_on in texts:
            raise RuntimeError("the model could not read this")
        return [[float(len(t)), float(len(self.passes))] for t in texts]


async def test_calls_arriving_during_a_pass_go_together_in_the_next_and_get_their_own_vectors():
    inner = CountingEmbedder()
    embedder = BatchingEmbedder(inner, max_batch=8)
    texts = [["a"], ["bb", "ccc"], ["dddd"], ["eeeee"], ["ffffff", "g"]]
    results = await asyncio.gather(*(embedder.embed(t) for t in texts))
    assert [[v[0] for v in r] for r in results] == [[len(t) for t in ts] for ts in texts]
    assert inner.passes == [["a", "bb", "ccc", "dddd", "eeeee", "ffffff", "g"]]


async def test_a_pass_never_exceeds_the_batch_size():
    inner = CountingEmbedder()
    embedder = BatchingEmbedder(inner, max_batch=3)
    await asyncio.gather(*(embedder.embed([str(i)]) for i in range(7)))
    assert [len(p) for p in inner.passes] == [3, 3, 1]


async def test_a_failed_pass_fails_its_callers_and_the_next_pass_still_runs():
    inner = CountingEmbedder(fail_on="bad")
    embedder = BatchingEmbedder(inner, max_batch=2)
    results = await asyncio.gather(embedder.embed(["bad"]), embedder.embed(["x"]), embedder.embed(["yy"]),
                                   return_exceptions=True)
    assert isinstance(results[0], RuntimeError) and isinstance(results[1], RuntimeError)
    assert results[2] == [[2.0, 2.0]]
    assert await embedder.embed([]) == []

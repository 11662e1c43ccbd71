"""Approximate nearest neighbours: a usearch HNSW graph over int8-quantised vectors finds
`oversample` x k candidates, which float16 copies on disk re-score exactly.

usearch was chosen by measurement against hnswlib and faiss-cpu (docs/embeddings.md): at 1M
vectors it is the one that keeps int8 storage within the memory budget with recall@50 above
0.95, builds fastest on two cores, and it stores and reloads (or memory-maps) one file."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from adapters.embedded.vectors.float16_file import FILE as _VECTORS
from adapters.embedded.vectors.float16_file import Float16File

_FILE = "ann.usearch"


class AnnVectors:
    kind = "usearch"

    def __init__(self, dimension: int, directory: Path, *, dtype: str = "i8", connectivity: int = 16,
                 expansion_add: int = 128, expansion_search: int = 256, threads: int = 0,
                 oversample: int = 2) -> None:
        from usearch.index import Index

        self.dimension = dimension
        self._threads = threads
        self._oversample = oversample
        self._exact = Float16File(Path(directory) / _VECTORS, dimension)
        self._index = Index(ndim=dimension, metric="cos", dtype=dtype, connectivity=connectivity,
                            expansion_add=expansion_add, expansion_search=expansion_search)

    def __len__(self) -> int:
        return len(self._index)

    @property
    def memory_bytes(self) -> int:
        return int(self._index.memory_usage)

    def add(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        keys = np.asarray(keys, dtype=np.uint64)
        present = np.asarray(self._index.contains(keys), dtype=bool).reshape(-1)
        if present.any():
            self._index.remove(keys[present])
        vectors = np.asarray(vectors, dtype=np.float32)
        self._exact.write(keys.astype(np.int64), vectors)
        self._index.add(keys, vectors, threads=self._threads)

    def remove(self, keys: np.ndarray) -> None:
        keys = np.asarray(keys, dtype=np.uint64)
        present = np.asarray(self._index.contains(keys), dtype=bool).reshape(-1)
        if present.any():
            self._index.remove(keys[present])

    def search(self, vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        if len(self._index) == 0 or k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        vector = np.asarray(vector, dtype=np.float32)
        found = self._index.search(vector, min(k * self._oversample, len(self._index)))
        keys = found.keys.astype(np.int64)
        # int8 distances blur near-ties; the float16 rows put the candidates in exact order.
        sims = self._exact.read(keys) @ vector
        top = np.argsort(-sims, kind="stable")[:k]
        return keys[top], sims[top]

    def save(self, directory: Path) -> list[str]:
        self._index.save(str(directory / _FILE))
        self._exact.flush()
        return [_FILE, _VECTORS]

    @classmethod
    def load(cls, directory: Path, dimension: int, **options) -> AnnVectors:
        out = cls(dimension, directory, **options)
        out._index.load(str(directory / _FILE))
        if out._index.ndim != dimension:
            raise ValueError("persisted ANN index does not match the index dimension")
        return out

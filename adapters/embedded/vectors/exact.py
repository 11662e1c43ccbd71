"""Brute-force cosine search with NumPy: exact, and fastest while the set is small."""
from __future__ import annotations

from pathlib import Path

import numpy as np


class ExactVectors:
    """Vectors in one float32 matrix (rows are L2-normalised), keyed by integer keys.
    Persisted as float16: half the disk, and a similarity error far below what ranks change on."""

    kind = "exact"

    def __init__(self, dimension: int, capacity: int = 1024) -> None:
        self.dimension = dimension
        self._matrix = np.zeros((capacity, dimension), dtype=np.float32)
        self._keys = np.zeros(capacity, dtype=np.int64)
        self._row: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self._row)

    @property
    def memory_bytes(self) -> int:
        return self._matrix.nbytes + self._keys.nbytes

    def add(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        for key, vector in zip(keys.tolist(), vectors):
            row = self._row.get(key)
            if row is None:
                row = len(self._row)
                self._grow(row + 1)
                self._row[key] = row
                self._keys[row] = key
            self._matrix[row] = vector

    def remove(self, keys: np.ndarray) -> None:
        for key in keys.tolist():
            row = self._row.pop(key, None)
            if row is None:
                continue
            last = len(self._row)  # the former last row, now past the end
            if row != last:
                moved = int(self._keys[last])
                self._matrix[row] = self._matrix[last]
                self._keys[row] = moved
                self._row[moved] = row

    def search(self, vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        n = len(self._row)
        if n == 0 or k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        # einsum, not BLAS: a matrix-vector product gains nothing from BLAS threads, and on a
        # busy two-core machine their spinning made p50 ten times worse (measured, 10k rows).
        sims = np.einsum("ij,j->i", self._matrix[:n], vector)
        k = min(k, n)
        top = np.argpartition(-sims, k - 1)[:k] if k < n else np.arange(n)
        top = top[np.argsort(-sims[top], kind="stable")]
        return self._keys[top].copy(), sims[top]

    def items(self, batch: int = 65_536):
        """(keys, vectors) in batches: what another backend is built from."""
        n = len(self._row)
        for start in range(0, n, batch):
            yield self._keys[start:min(n, start + batch)], self._matrix[start:min(n, start + batch)]

    def save(self, directory: Path) -> list[str]:
        n = len(self._row)
        np.save(directory / "exact_keys.npy", self._keys[:n])
        np.save(directory / "exact_vectors.npy", self._matrix[:n].astype(np.float16))
        return ["exact_keys.npy", "exact_vectors.npy"]

    @classmethod
    def load(cls, directory: Path, dimension: int) -> ExactVectors:
        keys = np.load(directory / "exact_keys.npy")
        vectors = np.load(directory / "exact_vectors.npy").astype(np.float32)
        if vectors.shape[1:] != (dimension,) or len(keys) != len(vectors):
            raise ValueError("persisted exact vectors do not match the index dimension")
        out = cls(dimension, capacity=max(1024, len(keys)))
        out.add(keys, vectors)
        return out

    def _grow(self, needed: int) -> None:
        if needed <= len(self._keys):
            return
        capacity = max(needed, 2 * len(self._keys))
        matrix = np.zeros((capacity, self.dimension), dtype=np.float32)
        keys = np.zeros(capacity, dtype=np.int64)
        n = len(self._row)
        matrix[:n], keys[:n] = self._matrix[:n], self._keys[:n]
        self._matrix, self._keys = matrix, keys

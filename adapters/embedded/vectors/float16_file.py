"""Full-precision-enough copies of the vectors, float16 on disk, memory-mapped.

The ANN graph keeps int8 vectors in memory (a quarter of float32) and is asked for a few
times more candidates than wanted; those are re-scored exactly against these rows. Only the
rows a query touches are read, so the page cache holds what is hot and the 1M-vector file
(768 MB) need not be resident."""
from __future__ import annotations

from pathlib import Path

import numpy as np

FILE = "vectors.f16"


class Float16File:
    def __init__(self, path: Path, dimension: int, capacity: int = 0) -> None:
        self.path = path
        self.dimension = dimension
        self._rows = 0
        self._map: np.memmap | None = None
        existing = path.stat().st_size // (2 * dimension) if path.exists() else 0
        self._open(max(existing, capacity))

    @property
    def capacity(self) -> int:
        return self._rows

    def write(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        if len(keys) == 0:
            return
        needed = int(keys.max()) + 1
        if needed > self._rows:
            self._open(max(needed, 2 * self._rows, 1024))
        self._mapped()[keys] = vectors.astype(np.float16)

    def read(self, keys: np.ndarray) -> np.ndarray:
        return np.asarray(self._mapped()[np.asarray(keys, dtype=np.int64)], dtype=np.float32)

    def _mapped(self) -> np.memmap:
        if self._map is None:  # mapped from the constructor on; None only midway through a resize
            raise RuntimeError(f"{self.path} is not mapped")
        return self._map

    def flush(self) -> None:
        if self._map is not None:
            self._map.flush()

    def _open(self, rows: int) -> None:
        if self._map is not None:
            self._map.flush()
            del self._map
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "ab") as f:
            f.truncate(max(rows, 1) * 2 * self.dimension)
        self._rows = max(rows, 1)
        self._map = np.memmap(self.path, dtype=np.float16, mode="r+", shape=(self._rows, self.dimension))

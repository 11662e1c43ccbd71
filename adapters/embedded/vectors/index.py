"""The embedded VectorIndex: exact NumPy search while small, usearch HNSW above a size,
persisted under a directory and rebuilt from the source of truth when missing or stale."""
from __future__ import annotations

import asyncio
import json
import logging
import os
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from adapters.embedded.vectors.ann import AnnVectors
from adapters.embedded.vectors.exact import ExactVectors

log = logging.getLogger(__name__)
_FORMAT = 1
_MANIFEST = "manifest.json"
_IDS = "ids.json"
_BATCH = 8192


class EmbeddedVectorIndex:
    """Implements domain.ports.vectors.VectorIndex. Every blocking step runs in a worker
    thread under one lock, so the event loop never waits on NumPy or the graph."""

    def __init__(self, directory: str | Path, dimension: int = 384, *,
                 ann_threshold: int = 20_000, ann_options: dict | None = None) -> None:
        self.directory = Path(directory)
        self.dimension = dimension
        self.ann_threshold = ann_threshold
        self._ann_options = ann_options or {}
        self._backend: ExactVectors | AnnVectors = ExactVectors(dimension)
        self._ids: list[str | None] = []        # key -> id (None once removed)
        self._keys: dict[str, int] = {}         # id -> key
        self._generation: str | None = None
        self._dirty = True
        self._lock = threading.RLock()

    # -- the port ------------------------------------------------------------------------
    async def open(self, generation: str, source, count: int | None = None) -> None:
        if await asyncio.to_thread(self._load, generation, count):
            return
        log.info("vector index under %s is missing or stale: rebuilding", self.directory)
        await self._rebuild(generation, source)

    async def upsert(self, items: Sequence[tuple[str, Sequence[float]]],
                     generation: str | None = None) -> None:
        await asyncio.to_thread(self.upsert_sync, items, generation)

    async def remove(self, ids: Sequence[str], generation: str | None = None) -> None:
        await asyncio.to_thread(self.remove_sync, ids, generation)

    async def search(self, vector: Sequence[float], k: int,
                     exclude: Iterable[str] = ()) -> list[tuple[str, float]]:
        return await asyncio.to_thread(self.search_sync, vector, k, exclude)

    async def search_many(self, vectors: Sequence[Sequence[float]], k: int) -> list[list[tuple[str, float]]]:
        """search() of each vector, in one hand-over to a worker thread (each searched as
        search_sync searches it alone, so the answers are the same to the last bit)."""
        if not vectors:
            return []
        return await asyncio.to_thread(lambda: [self.search_sync(vector, k) for vector in vectors])

    async def count(self) -> int:
        return len(self._keys)

    async def save(self) -> None:
        await asyncio.to_thread(self.save_sync)

    async def close(self) -> None:
        await self.save()

    # -- blocking halves (also what the benchmark times) ----------------------------------
    @property
    def backend_kind(self) -> str:
        return self._backend.kind

    @property
    def memory_bytes(self) -> int:
        return self._backend.memory_bytes

    def upsert_sync(self, items: Sequence[tuple[str, Sequence[float]]],
                    generation: str | None = None) -> None:
        if not items:
            return
        vectors = _normalised(np.asarray([v for _, v in items], dtype=np.float32), self.dimension)
        with self._lock:
            self._mark_dirty()
            keys = np.fromiter((self._key_for(i) for i, _ in items), dtype=np.int64, count=len(items))
            self._backend.add(keys, vectors)
            if isinstance(self._backend, ExactVectors) and len(self._backend) > self.ann_threshold:
                self._switch_to_ann(self._backend)
            if generation is not None:
                self._generation = generation

    def remove_sync(self, ids: Sequence[str], generation: str | None = None) -> None:
        with self._lock:
            self._mark_dirty()
            keys = [self._keys.pop(i) for i in ids if i in self._keys]
            for key in keys:
                self._ids[key] = None
            if keys:
                self._backend.remove(np.asarray(keys, dtype=np.int64))
            if generation is not None:
                self._generation = generation

    def search_sync(self, vector: Sequence[float], k: int,
                    exclude: Iterable[str] = ()) -> list[tuple[str, float]]:
        excluded = set(exclude)
        query = _normalised(np.asarray(vector, dtype=np.float32)[None, :], self.dimension)[0]
        with self._lock:
            keys, sims = self._backend.search(query, k + len(excluded))
            ids = self._ids
            found = [(ids[key], float(s)) for key, s in zip(keys.tolist(), sims.tolist())
                     if ids[key] is not None]
        return [(i, s) for i, s in found if i not in excluded][:k]

    def save_sync(self) -> None:
        with self._lock:
            self.directory.mkdir(parents=True, exist_ok=True)
            manifest = self.directory / _MANIFEST
            # Without a manifest the files are never trusted: a crash half way through
            # leaves an index that the next start rebuilds, not one that lies.
            manifest.unlink(missing_ok=True)
            for leftover in self.directory.glob("exact_*.npy") if self._backend.kind != "exact" else ():
                leftover.unlink()
            files = self._backend.save(self.directory)
            (self.directory / _IDS).write_text(json.dumps(self._ids))
            files.append(_IDS)
            _write_atomic(manifest, json.dumps({
                "format": _FORMAT, "generation": self._generation, "count": len(self._keys),
                "dimension": self.dimension, "backend": self._backend.kind,
                "files": {f: (self.directory / f).stat().st_size for f in files},
            }))
            self._dirty = False

    # -- internals -------------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        # Some files change in place (the float16 rows): once anything changes, the persisted
        # state is untrustworthy until the next save writes a fresh manifest.
        if not self._dirty:
            (self.directory / _MANIFEST).unlink(missing_ok=True)
            self._dirty = True

    def _key_for(self, id_: str) -> int:
        key = self._keys.get(id_)
        if key is None:
            key = len(self._ids)
            self._ids.append(id_)
            self._keys[id_] = key
        return key

    def _switch_to_ann(self, exact: ExactVectors) -> None:
        ann = AnnVectors(self.dimension, self.directory, **self._ann_options)
        for keys, vectors in exact.items():
            ann.add(keys, vectors)
        self._backend = ann

    def _load(self, generation: str, count: int | None) -> bool:
        try:
            manifest = json.loads((self.directory / _MANIFEST).read_text())
        except (FileNotFoundError, ValueError):
            return False
        if (manifest.get("format") != _FORMAT or manifest.get("generation") != generation
                or manifest.get("dimension") != self.dimension
                or (count is not None and manifest.get("count") != count)):
            return False
        try:
            for name, size in manifest["files"].items():
                if (self.directory / name).stat().st_size != size:
                    return False
            ids = json.loads((self.directory / _IDS).read_text())
            backend = (AnnVectors.load(self.directory, self.dimension, **self._ann_options)
                       if manifest["backend"] == AnnVectors.kind
                       else ExactVectors.load(self.directory, self.dimension))
        except (OSError, ValueError, KeyError, RuntimeError) as error:
            log.warning("vector index under %s unreadable (%s): rebuilding", self.directory, error)
            return False
        keys = {i: k for k, i in enumerate(ids) if i is not None}
        if len(keys) != manifest["count"] or len(backend) != len(keys):
            return False
        with self._lock:
            self._backend, self._ids, self._keys = backend, ids, keys
            self._generation = generation
            self._dirty = False
        return True

    async def _rebuild(self, generation: str, source) -> None:
        produced = source() if callable(source) else source
        if hasattr(produced, "__aiter__"):
            self._reset()
            batch: list[tuple[str, Sequence[float]]] = []
            async for item in produced:
                batch.append(item)
                if len(batch) >= _BATCH:
                    await asyncio.to_thread(self.upsert_sync, batch)
                    batch = []
            await asyncio.to_thread(self._finish_rebuild, batch, generation)
        else:
            await asyncio.to_thread(self._rebuild_sync, generation, produced)

    def _rebuild_sync(self, generation: str, produced: Iterable) -> None:
        self._reset()
        batch: list[tuple[str, Sequence[float]]] = []
        for item in produced:
            batch.append(item)
            if len(batch) >= _BATCH:
                self.upsert_sync(batch)
                batch = []
        self._finish_rebuild(batch, generation)

    def _finish_rebuild(self, batch: list, generation: str) -> None:
        self.upsert_sync(batch)
        with self._lock:
            self._generation = generation
        self.save_sync()

    def _reset(self) -> None:
        with self._lock:
            (self.directory / _MANIFEST).unlink(missing_ok=True)
            self._backend, self._ids, self._keys = ExactVectors(self.dimension), [], {}


def _normalised(vectors: np.ndarray, dimension: int) -> np.ndarray:
    if vectors.ndim != 2 or vectors.shape[1] != dimension:
        raise ValueError(f"expected vectors of dimension {dimension}, got shape {vectors.shape}")
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text)
    os.replace(tmp, path)

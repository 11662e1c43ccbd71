"""What every local embedder shares (PyTorch, ONNX Runtime): the model loaded once on first
use, texts cut into windows and the windows' vectors pooled. A subclass says only how its
model is opened and how a list of windows becomes vectors."""
from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from adapters.embedded.token_windows import pool_windows, token_windows, windows_of_texts

DIMENSION = 384


class WindowedEmbedder:
    dimension = DIMENSION

    def __init__(self, window_tokens: int | None) -> None:
        self._window = window_tokens
        self._model: Any = None
        self._lock = threading.Lock()

    def _open(self) -> Any:
        """The model, loaded; called once, under the lock."""
        raise NotImplementedError

    def _encode(self, model: Any, windows: list[str]) -> np.ndarray:
        """float32 (len(windows), 384), not yet normalised; the windows come shortest first."""
        raise NotImplementedError

    async def embed(self, texts: Sequence[str]) -> list[list[float]]:
        vectors = await asyncio.to_thread(self.embed_array, texts)
        return vectors.tolist()

    def embed_array(self, texts: Sequence[str]) -> np.ndarray:
        """float32 (len(texts), 384), each row L2-normalised. Blocking: call from a thread."""
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        model = self._load()
        windows, owners, weights = windows_of_texts(texts, lambda text: self._windows(model, text))
        # Shortest first, so that windows of like length are neighbours: a model that pads the
        # windows of a pass to the longest pads little when it takes them in this order.
        order = np.argsort(weights, kind="stable")
        encoded = np.empty((len(windows), DIMENSION), dtype=np.float32)
        encoded[order] = self._encode(model, [windows[i] for i in order])
        return pool_windows(encoded, owners, weights, len(texts))

    def window_count(self, text: str) -> int:
        """How many windows a text is embedded as (1 unless it is longer than the model reads)."""
        return len(self._windows(self._load(), text))

    def _windows(self, model: Any, text: str) -> list[tuple[str, int]]:
        return token_windows(model.tokenizer, text, self._window or (model.max_seq_length - 2))

    def _load(self) -> Any:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._open()
        return self._model

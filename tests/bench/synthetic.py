"""Synthetic job vectors and profiles for the matching benchmark.

Real sentence embeddings are not uniform on the sphere: they crowd around topics. Uniform
random vectors would make every ANN index look worse (and exact search no different) than on
real data, so the vectors here are a mixture of topic centres plus per-item noise, which
gives neighbourhoods of about the tightness MiniLM produces for job postings.
"""
from __future__ import annotations

import numpy as np

DIMENSION = 384
_SKILLS = [f"skill-{i}" for i in range(400)]


def _unit(a: np.ndarray) -> np.ndarray:
    return (a / np.linalg.norm(a, axis=1, keepdims=True)).astype(np.float32)


def _topic_centres(seed: int, topics: int, dimension: int) -> np.ndarray:
    """Topics nest inside a few broad fields (as job families do), so neighbours beyond a
    topic are still graded by field rather than a flat tail of near-ties."""
    rng = np.random.default_rng(seed)
    fields = _unit(rng.standard_normal((max(8, topics // 40), dimension)))
    own_field = rng.integers(0, len(fields), topics)
    return _unit(fields[own_field] + 0.8 * _unit(rng.standard_normal((topics, dimension))))


def clustered_vectors(count: int, *, seed: int = 7, centre_seed: int = 7, topics: int = 2000,
                      spread: float = 0.9, dimension: int = DIMENSION,
                      chunk: int = 100_000) -> np.ndarray:
    """`count` L2-normalised float32 vectors around `topics` random centres. Items share
    centres whenever they share `centre_seed`; `seed` draws the items themselves."""
    centres = _topic_centres(centre_seed, topics, dimension)
    rng = np.random.default_rng(seed + 1_000_003)
    out = np.empty((count, dimension), dtype=np.float32)
    for start in range(0, count, chunk):
        stop = min(start + chunk, count)
        picks = rng.integers(0, topics, stop - start)
        noise = rng.standard_normal((stop - start, dimension), dtype=np.float32)
        noise *= spread / np.sqrt(dimension)
        block = centres[picks] + noise
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        out[start:stop] = block
    return out


def queries(count: int, *, seed: int = 11, **kwargs) -> np.ndarray:
    """Query vectors around the same topics as the indexed set, but not in it."""
    return clustered_vectors(count, seed=seed, **kwargs)


def job_skills(index: int) -> tuple[list[str], list[str]]:
    """Deterministic required / nice-to-have skills for synthetic job `index`."""
    rng = np.random.default_rng(index)
    picks = rng.choice(len(_SKILLS), 8, replace=False)
    return [_SKILLS[i] for i in picks[:4]], [_SKILLS[i] for i in picks[4:]]


def candidate_skills(seed: int = 3) -> list[str]:
    rng = np.random.default_rng(seed)
    return [_SKILLS[i] for i in rng.choice(len(_SKILLS), 25, replace=False)]

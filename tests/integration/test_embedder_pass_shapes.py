"""How the PyTorch embedder cuts a call's windows into forward passes: passes of similar-length
windows, so little of what the model computes is padding, with vectors equal within float
noise to those of the whole call in one pass (as the embedder computed them before)."""
import random
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest

from adapters.embedded.embedder import SentenceTransformerEmbedder, shared_model
from adapters.embedded.token_windows import pool_windows, windows_of_texts
from domain.matching.texts import job_embedding_text, resume_embedding_text
from tests.bench.bench_scale import a_job_input
from tests.bench.resume_documents import resume_text

rng = random.Random(11)
JOB_TEXTS = [job_embedding_text(job["title"], job["description"], job["requiredSkills"])
             for job in (a_job_input(rng) for _ in range(32))]
MIXED_TEXTS = [
    *JOB_TEXTS[:14],
    *(resume_embedding_text(resume_text(seed)) for seed in range(5)),
    "Kubernetes operator " * 400,  # several windows
    "Registered nurse, intensive care, night shifts. " * 30,  # two windows, the second short
    "Infirmière diplômée d'État, soins intensifs, Lyon",
    "Pastry chef",
    "a",
    "",
]

# How far a vector may move with the shapes of the passes alone: float32 rounding; bfloat16
# keeps 8 bits, and its vectors already move by ~1e-4 in cosine with their pass's companions
# (the same order as bfloat16 against float32).
NOISE = {"fp32": (0.999999, 1e-5), "bf16": (0.9998, 5e-3)}


@pytest.fixture(scope="module", params=["bf16", "fp32"])
def embedder(request) -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(precision=request.param)


def one_pass_vectors(embedder: SentenceTransformerEmbedder, texts: list[str]) -> np.ndarray:
    """The texts' windows all in one forward pass of up to 32, padded to the longest."""
    model = shared_model(None, "cpu", embedder.precision)
    windows, owners, weights = windows_of_texts(texts, lambda text: embedder._windows(model, text))
    encoded = model.encode(windows, batch_size=32, convert_to_tensor=True, show_progress_bar=False)
    return pool_windows(encoded.float().numpy(), owners, weights, len(texts))


@pytest.fixture
def passes(embedder) -> Iterator[list[Any]]:
    """The attention mask of every forward pass the model runs meanwhile."""
    masks: list[Any] = []
    transformer = shared_model(None, "cpu", embedder.precision)[0]  # tokens in, token vectors out
    handle = transformer.register_forward_pre_hook(lambda _module, args: masks.append(args[0]["attention_mask"]))
    try:
        yield masks
    finally:
        handle.remove()


def test_vectors_equal_those_of_one_pass_within_float_noise(embedder):
    vectors = embedder.embed_array(MIXED_TEXTS)
    expected = one_pass_vectors(embedder, MIXED_TEXTS)
    nonzero = np.linalg.norm(expected, axis=1) > 0
    cosines = np.sum(vectors[nonzero] * expected[nonzero], axis=1)
    floor, largest_step = NOISE[embedder.precision]
    assert cosines.min() > floor, f"lowest cosine {cosines.min():.7f}"
    assert np.abs(vectors - expected).max() < largest_step


def test_a_batch_of_job_texts_is_mostly_words_not_padding(embedder, passes):
    embedder.embed_array(JOB_TEXTS)
    computed = sum(mask.numel() for mask in passes)
    real = sum(int(mask.sum()) for mask in passes)
    # In one pass of 32 these texts are about a fifth padding.
    assert 1 - real / computed < 0.15, f"{1 - real / computed:.1%} of the tokens computed are padding"


def test_a_text_is_embedded_alike_alone_and_among_others(embedder):
    alone = np.vstack([embedder.embed_array([text]) for text in MIXED_TEXTS[:20]])
    together = embedder.embed_array(MIXED_TEXTS[:20])
    assert np.sum(alone * together, axis=1).min() > NOISE[embedder.precision][0]

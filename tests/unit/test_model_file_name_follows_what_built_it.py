"""The int8 model file lives in a cache shared by every data dir and kept across upgrades: its
name must change with the weights, the recipe and the ONNX Runtime version, so a stale file is
never loaded (nothing is built here: only the names are compared)."""
from pathlib import Path

import onnxruntime
import pytest

from adapters.embedded import onnx_model_file
from adapters.embedded.onnx_model_file import model_file_name, quantized_model_file


def _model(tmp_path: Path, weights: bytes) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "config.json").write_text('{"hidden_size": 384}')
    (tmp_path / "model.safetensors").write_bytes(weights)
    return tmp_path


def test_the_name_changes_with_the_weights_the_recipe_and_the_runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    model = _model(tmp_path / "m", b"weights one")
    first = model_file_name(model)
    assert model_file_name(model) == first
    assert model_file_name(_model(tmp_path / "other", b"weights two")) != first
    monkeypatch.setattr(onnx_model_file, "RECIPE", onnx_model_file.RECIPE + "-next")
    assert model_file_name(model) != first
    monkeypatch.undo()
    monkeypatch.setattr(onnxruntime, "__version__", onnxruntime.__version__ + ".1")
    assert model_file_name(model) != first


def test_a_file_under_its_name_is_used_as_it_is(tmp_path: Path):
    model, cache = _model(tmp_path / "m", b"weights"), tmp_path / "cache"
    cache.mkdir()
    built = cache / model_file_name(model)
    built.write_bytes(b"built before")
    assert quantized_model_file(model, cache) == built and built.read_bytes() == b"built before"

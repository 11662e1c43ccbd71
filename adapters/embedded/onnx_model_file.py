"""The bundled model as an int8 ONNX file, built once from its PyTorch weights into a cache
directory and reused by every later start.

Building takes ~15 s and needs PyTorch, so it happens on the first embedding of a process that
embeds (the worker role), never per start. The file is written under a temporary name and
renamed into place, so a crash mid-build leaves no half file under the final name; an exclusive
lock makes a second process starting at the same moment wait for the first's file instead of
building its own. The file's name carries a fingerprint of the weights, of this recipe and of
the ONNX Runtime version, so new weights or a new quantiser never reuse an old file."""
from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import tempfile
from pathlib import Path

# Bump when the export or the quantisation below changes: the file name changes with it.
RECIPE = "matmul-int8-per-channel-1"
_BUILD_PREFIX = ".build-"


def quantized_model_file(model_path: Path, cache_dir: Path) -> Path:
    """The int8 ONNX file of the model at `model_path`, built first if `cache_dir` lacks it."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    target = cache_dir / model_file_name(model_path)
    if target.exists():
        return target
    with open(cache_dir / ".build.lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, also when the process dies
        if target.exists():  # another process built it while this one waited
            return target
        for stale in cache_dir.glob(f"{_BUILD_PREFIX}*"):  # a crashed build's leftovers
            shutil.rmtree(stale, ignore_errors=True)
        with tempfile.TemporaryDirectory(dir=cache_dir, prefix=_BUILD_PREFIX) as work:
            float_file, int8_file = Path(work) / "float.onnx", Path(work) / "int8.onnx"
            export_float_model(model_path, float_file)
            quantize_matmuls(float_file, int8_file)
            with open(int8_file, "rb") as built:
                os.fsync(built.fileno())
            os.replace(int8_file, target)
    return target


def model_file_name(model_path: Path) -> str:
    """The file's name: a fingerprint of the weights, this recipe and the ONNX Runtime version,
    so a cache shared by data dirs and kept across upgrades never serves a file built from
    other weights or by another quantiser."""
    import onnxruntime

    fingerprint = hashlib.sha256(f"{RECIPE}|{onnxruntime.__version__}|".encode())
    for name in ("config.json", "model.safetensors"):
        with open(model_path / name, "rb") as weights:
            fingerprint.update(hashlib.file_digest(weights, "sha256").digest())
    return f"all-MiniLM-L6-v2.int8.{fingerprint.hexdigest()[:16]}.onnx"


def export_float_model(model_path: Path, destination: Path) -> None:
    """The model's transformer (token ids in, one 384-vector per token out) as ONNX, float32;
    the pooling and normalisation stay in Python (onnx_embedder.py)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from transformers import AutoModel, AutoTokenizer

    transformer = AutoModel.from_pretrained(str(model_path)).eval()
    sample = AutoTokenizer.from_pretrained(str(model_path))(
        ["a sample", "a longer sample text"], padding=True, return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]

    class LastHiddenState(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.transformer(input_ids=input_ids, attention_mask=attention_mask,
                                    token_type_ids=token_type_ids).last_hidden_state

    axes = {name: {0: "batch", 1: "tokens"} for name in [*names, "last_hidden_state"]}
    with torch.no_grad():
        # The TorchScript exporter: 5 s against 25 for the dynamo one, and the same graph
        # after ONNX Runtime's optimiser (vectors at cosine 1.00000 to PyTorch's, measured).
        torch.onnx.export(LastHiddenState(), tuple(sample[name] for name in names), str(destination),
                          input_names=names, output_names=["last_hidden_state"], dynamic_axes=axes,
                          opset_version=17, dynamo=False)


def quantize_matmuls(source: Path, destination: Path) -> None:
    """Weights of every matrix product in int8, one scale per output channel: per-tensor
    scales put the vectors at cosine 0.91 to float32's (a few channels of the feed-forward
    layers are far larger than the rest), per-channel at 0.988 or more."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(source), str(destination), op_types_to_quantize=["MatMul"],
                     per_channel=True, weight_type=QuantType.QInt8)

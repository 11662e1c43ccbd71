"""Which number format the local embedding model computes in, and the name its vectors carry.

"onnx-int8" runs the model through ONNX Runtime with its matrix products' weights in int8
(adapters/embedded/onnx_embedder.py): ~0.6x bfloat16's CPU per text, vectors at cosine ~0.99
to float32's, a model identity of its own. "auto" picks it wherever ONNX Runtime is installed
(a dependency of the project): the matching queue's largest cost per job was the model pass,
and `make eval-match` holds its figures with it (docs/embeddings.md).

Without ONNX Runtime "auto" falls back to PyTorch: bfloat16 weights run about three times
cheaper per job text than float32 on a CPU with bf16 matrix units (AMX or AVX-512 BF16), with
vectors at cosine > 0.999 to float32's; on a CPU without them bfloat16 is emulated and slower,
so float32 there."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Literal

TorchPrecision = Literal["fp32", "bf16"]
Precision = Literal["fp32", "bf16", "onnx-int8"]
PrecisionSetting = Literal["auto", "fp32", "bf16", "onnx-int8"]

MODEL_NAME = "all-MiniLM-L6-v2"
_BF16_FLAGS = frozenset({"amx_bf16", "avx512_bf16"})


def cpu_flags(cpuinfo: Path = Path("/proc/cpuinfo")) -> frozenset[str]:
    """The CPU's feature flags as Linux lists them; none known elsewhere."""
    try:
        text = cpuinfo.read_text()
    except OSError:
        return frozenset()
    for line in text.splitlines():
        if line.startswith("flags"):
            return frozenset(line.partition(":")[2].split())
    return frozenset()


def onnx_runtime_installed() -> bool:
    return importlib.util.find_spec("onnxruntime") is not None


def resolve_precision(setting: PrecisionSetting, flags: frozenset[str] | None = None,
                      onnx_runtime: bool | None = None) -> Precision:
    """`flags` and `onnx_runtime`: the CPU's and whether ONNX Runtime is installed (None: this
    machine's)."""
    if setting != "auto":
        return setting
    if onnx_runtime_installed() if onnx_runtime is None else onnx_runtime:
        return "onnx-int8"
    return resolve_torch_precision("auto", flags)


def resolve_torch_precision(setting: Literal["auto", "fp32", "bf16"],
                            flags: frozenset[str] | None = None) -> TorchPrecision:
    """The PyTorch model's number format: bf16 where the CPU computes it natively."""
    if setting != "auto":
        return setting
    return "bf16" if (cpu_flags() if flags is None else flags) & _BF16_FLAGS else "fp32"


def model_identity(precision: Precision) -> str:
    """Stored beside the vectors: vectors of two identities are never compared."""
    return f"{MODEL_NAME}:{precision}"

"""Which number format the local embedding model computes in, and the name its vectors carry.

bfloat16 weights run about three times cheaper per job text than float32 on a CPU with bf16
matrix units (AMX or AVX-512 BF16), with vectors at cosine > 0.999 to float32's; on a CPU
without them bfloat16 is emulated and slower, so "auto" keeps float32 there."""
from __future__ import annotations

from pathlib import Path
from typing import Literal

Precision = Literal["fp32", "bf16"]
PrecisionSetting = Literal["auto", "fp32", "bf16"]

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


def resolve_precision(setting: PrecisionSetting, flags: frozenset[str] | None = None) -> Precision:
    if setting != "auto":
        return setting
    return "bf16" if (cpu_flags() if flags is None else flags) & _BF16_FLAGS else "fp32"


def model_identity(precision: Precision) -> str:
    """Stored beside the vectors: vectors of two identities are never compared."""
    return f"{MODEL_NAME}:{precision}"

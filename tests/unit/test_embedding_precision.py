"""Which number format "auto" picks, from the CPU's flags."""
from pathlib import Path

from adapters.embedded.embedding_precision import cpu_flags, model_identity, resolve_precision


def test_auto_is_bfloat16_only_on_a_cpu_with_bf16_matrix_units():
    assert resolve_precision("auto", frozenset({"avx2", "amx_bf16", "amx_tile"})) == "bf16"
    assert resolve_precision("auto", frozenset({"avx512f", "avx512_bf16"})) == "bf16"
    assert resolve_precision("auto", frozenset({"avx2", "avx512f", "avx512_vnni"})) == "fp32"
    assert resolve_precision("auto", frozenset()) == "fp32"


def test_an_explicit_setting_wins_over_the_cpu():
    assert resolve_precision("fp32", frozenset({"amx_bf16"})) == "fp32"
    assert resolve_precision("bf16", frozenset()) == "bf16"


def test_flags_are_read_from_cpuinfo_and_none_without_it(tmp_path: Path):
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text("processor\t: 0\nflags\t\t: fpu sse2 amx_bf16\n\nprocessor\t: 1\nflags\t\t: fpu sse2 amx_bf16\n")
    assert cpu_flags(cpuinfo) == {"fpu", "sse2", "amx_bf16"}
    assert cpu_flags(tmp_path / "missing") == frozenset()


def test_each_format_has_its_own_identity():
    assert model_identity("fp32") != model_identity("bf16")

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


def test_onnx_int8_is_chosen_only_when_asked_for_and_names_itself_apart():
    assert resolve_precision("onnx-int8", frozenset({"amx_bf16"})) == "onnx-int8"
    assert "onnx-int8" not in {resolve_precision("auto", flags) for flags in (frozenset(), frozenset({"amx_bf16"}))}
    assert len({model_identity("fp32"), model_identity("bf16"), model_identity("onnx-int8")}) == 3


def test_the_composition_roots_model_follows_the_setting_without_loading_anything(tmp_path: Path):
    from adapters.embedded.embedder import SentenceTransformerEmbedder
    from adapters.embedded.local_embedder import local_embedder
    from adapters.embedded.onnx_embedder import OnnxEmbedder

    assert isinstance(local_embedder("onnx-int8", cache_dir=tmp_path), OnnxEmbedder)
    assert isinstance(local_embedder("fp32", cache_dir=tmp_path), SentenceTransformerEmbedder)
    assert local_embedder("bf16", cache_dir=tmp_path).model_id == model_identity("bf16")
    assert not list(tmp_path.iterdir())  # nothing built before the first embedding

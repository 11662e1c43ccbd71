"""Which number format "auto" picks, from the CPU's flags."""
from pathlib import Path

from adapters.embedded.embedding_precision import cpu_flags, model_identity, resolve_precision


def test_auto_is_onnx_int8_wherever_onnx_runtime_is_installed():
    for flags in (frozenset(), frozenset({"amx_bf16"}), frozenset({"avx512f", "avx512_bf16"})):
        assert resolve_precision("auto", flags, onnx_runtime=True) == "onnx-int8"
    assert resolve_precision("auto") == "onnx-int8"  # a dependency of the project: installed here


def test_without_onnx_runtime_auto_is_bfloat16_only_on_a_cpu_with_bf16_matrix_units():
    def auto(flags: frozenset[str]) -> str:
        return resolve_precision("auto", flags, onnx_runtime=False)

    assert auto(frozenset({"avx2", "amx_bf16", "amx_tile"})) == "bf16"
    assert auto(frozenset({"avx512f", "avx512_bf16"})) == "bf16"
    assert auto(frozenset({"avx2", "avx512f", "avx512_vnni"})) == "fp32"
    assert auto(frozenset()) == "fp32"


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


def test_an_explicit_onnx_int8_wins_and_names_itself_apart():
    assert resolve_precision("onnx-int8", frozenset({"amx_bf16"}), onnx_runtime=False) == "onnx-int8"
    assert resolve_precision("bf16", onnx_runtime=True) == "bf16"
    assert len({model_identity("fp32"), model_identity("bf16"), model_identity("onnx-int8")}) == 3


def test_the_composition_roots_model_follows_the_setting_without_loading_anything(tmp_path: Path):
    from adapters.embedded.embedder import SentenceTransformerEmbedder
    from adapters.embedded.local_embedder import local_embedder
    from adapters.embedded.onnx_embedder import OnnxEmbedder

    assert isinstance(local_embedder("onnx-int8", cache_dir=tmp_path), OnnxEmbedder)
    assert isinstance(local_embedder("fp32", cache_dir=tmp_path), SentenceTransformerEmbedder)
    assert local_embedder("bf16", cache_dir=tmp_path).model_id == model_identity("bf16")
    assert not list(tmp_path.iterdir())  # nothing built before the first embedding


def test_the_model_cache_is_shared_by_data_directories_unless_set(tmp_path: Path, monkeypatch):
    from gateway.config import Settings

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("TALENTGRAPH_MODEL_CACHE", raising=False)
    one, other = Settings(data_dir=tmp_path / "one"), Settings(data_dir=tmp_path / "other")
    assert one.model_cache_dir == other.model_cache_dir == tmp_path / "cache" / "talentgraph" / "models"
    monkeypatch.setenv("TALENTGRAPH_MODEL_CACHE", str(tmp_path / "models"))
    assert Settings(data_dir=tmp_path / "one").model_cache_dir == tmp_path / "models"

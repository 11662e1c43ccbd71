"""The embedded vector index on real files: exact and ANN agree, it persists, it rebuilds."""
import json

import numpy as np
import pytest

from adapters.embedded.vectors import EmbeddedVectorIndex
from tests.bench.synthetic import clustered_vectors, queries

N = 3000


def items(n: int = N, seed: int = 7) -> list[tuple[str, np.ndarray]]:
    return [(f"job-{i}", v) for i, v in enumerate(clustered_vectors(n, seed=seed, topics=100))]


def source_of(pairs):
    calls = []

    def source():
        calls.append(1)
        return iter(pairs)
    source.calls = calls
    return source


async def test_exact_and_ann_search_return_nearly_the_same_top_fifty(tmp_path):
    pairs = items()
    exact = EmbeddedVectorIndex(tmp_path / "exact", ann_threshold=10 * N)
    ann = EmbeddedVectorIndex(tmp_path / "ann", ann_threshold=100)
    await exact.open("g1", source_of(pairs))
    await ann.open("g1", source_of(pairs))
    assert (exact.backend_kind, ann.backend_kind) == ("exact", "usearch")
    overlaps = []
    for q in queries(20, topics=100):
        a = {i for i, _ in await exact.search(q, 50)}
        b = {i for i, _ in await ann.search(q, 50)}
        overlaps.append(len(a & b) / 50)
    assert np.mean(overlaps) >= 0.95


async def test_search_returns_cosine_similarities_best_first(tmp_path):
    index = EmbeddedVectorIndex(tmp_path / "idx", dimension=3)
    await index.open("g", source_of([("a", [1.0, 0.0, 0.0]), ("b", [0.6, 0.8, 0.0]), ("c", [0.0, 0.0, 1.0])]))
    found = await index.search([2.0, 0.0, 0.0], 2)
    assert [i for i, _ in found] == ["a", "b"]
    assert [round(s, 4) for _, s in found] == [1.0, 0.6]


async def test_an_index_reopened_with_the_same_generation_is_loaded_not_rebuilt(tmp_path):
    pairs = items(500)
    first = EmbeddedVectorIndex(tmp_path / "idx", ann_threshold=100)
    await first.open("g1", source_of(pairs))
    before = await first.search(pairs[0][1], 10)
    await first.close()

    source = source_of(pairs)
    reopened = EmbeddedVectorIndex(tmp_path / "idx", ann_threshold=100)
    await reopened.open("g1", source, count=500)
    assert source.calls == []
    assert reopened.backend_kind == "usearch"
    assert [i for i, _ in await reopened.search(pairs[0][1], 10)] == [i for i, _ in before]


async def test_a_stale_generation_rebuilds_from_the_source_of_truth(tmp_path):
    first = EmbeddedVectorIndex(tmp_path / "idx")
    await first.open("g1", source_of(items(200)))
    await first.close()

    newer = items(300, seed=9)
    source = source_of(newer)
    reopened = EmbeddedVectorIndex(tmp_path / "idx")
    await reopened.open("g2", source)
    assert source.calls == [1]
    assert await reopened.count() == 300
    assert (await reopened.search(newer[299][1], 1))[0][0] == "job-299"


async def test_a_count_that_disagrees_with_the_source_rebuilds(tmp_path):
    first = EmbeddedVectorIndex(tmp_path / "idx")
    await first.open("g1", source_of(items(200)))
    await first.close()
    source = source_of(items(201))
    reopened = EmbeddedVectorIndex(tmp_path / "idx")
    await reopened.open("g1", source, count=201)
    assert source.calls == [1]


async def test_a_corrupt_index_file_is_rebuilt_rather_than_trusted(tmp_path):
    first = EmbeddedVectorIndex(tmp_path / "idx", ann_threshold=100)
    await first.open("g1", source_of(items(500)))
    await first.close()
    (tmp_path / "idx" / "ann.usearch").write_bytes(b"garbage")
    source = source_of(items(500))
    reopened = EmbeddedVectorIndex(tmp_path / "idx", ann_threshold=100)
    await reopened.open("g1", source)
    assert source.calls == [1]
    assert await reopened.count() == 500


@pytest.mark.parametrize("threshold", [10_000, 100], ids=["exact", "ann"])
async def test_removed_ids_drop_out_of_results_and_survive_a_reopen(tmp_path, threshold):
    pairs = items(1000)
    index = EmbeddedVectorIndex(tmp_path / "idx", ann_threshold=threshold)
    await index.open("g1", source_of(pairs))
    target = pairs[10][1]
    assert (await index.search(target, 1))[0][0] == "job-10"
    await index.remove(["job-10", "no-such-job"], generation="g2")
    assert "job-10" not in {i for i, _ in await index.search(target, 50)}
    assert await index.count() == 999
    await index.close()

    source = source_of(pairs)
    reopened = EmbeddedVectorIndex(tmp_path / "idx", ann_threshold=threshold)
    await reopened.open("g2", source)
    assert source.calls == []
    assert "job-10" not in {i for i, _ in await reopened.search(target, 50)}


async def test_upserting_an_existing_id_replaces_its_vector(tmp_path):
    pairs = items(500)
    index = EmbeddedVectorIndex(tmp_path / "idx", ann_threshold=100)
    await index.open("g1", source_of(pairs))
    await index.upsert([("job-3", pairs[400][1])])
    found = dict(await index.search(pairs[400][1], 2))
    assert found.get("job-3", 0) > 0.99
    assert await index.count() == 500


async def test_excluded_ids_are_skipped_and_k_results_still_come_back(tmp_path):
    pairs = items(200)
    index = EmbeddedVectorIndex(tmp_path / "idx")
    await index.open("g1", source_of(pairs))
    found = await index.search(pairs[0][1], 5, exclude=["job-0"])
    assert len(found) == 5 and "job-0" not in {i for i, _ in found}


async def test_an_async_source_is_accepted_for_a_rebuild(tmp_path):
    async def source():
        for pair in items(50):
            yield pair
    index = EmbeddedVectorIndex(tmp_path / "idx")
    await index.open("g1", source)
    assert await index.count() == 50
    manifest = json.loads((tmp_path / "idx" / "manifest.json").read_text())
    assert manifest["generation"] == "g1" and manifest["count"] == 50


async def test_vectors_of_the_wrong_dimension_are_refused(tmp_path):
    index = EmbeddedVectorIndex(tmp_path / "idx")
    await index.open("g1", source_of([]))
    with pytest.raises(ValueError, match="dimension 384"):
        await index.upsert([("x", [1.0, 2.0])])


async def test_changes_never_saved_make_the_next_start_rebuild(tmp_path):
    index = EmbeddedVectorIndex(tmp_path / "idx", ann_threshold=100)
    await index.open("g1", source_of(items(500)))
    await index.upsert([("late", items(1, seed=3)[0][1])])  # then the process dies unsaved
    source = source_of(items(500))
    reopened = EmbeddedVectorIndex(tmp_path / "idx", ann_threshold=100)
    await reopened.open("g1", source)
    assert source.calls == [1]

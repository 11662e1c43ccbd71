"""The VectorIndex contract, the same assertions on the embedded index (exact search and its
ANN) and on the in-memory fake the unit tests use (tests/fakes/vectors.py): cosine similarity
best first, upserts replace, removals and exclusions drop out, a rebuild reads the source
(sync or async). What only a persisted index does (reopening, manifests, corrupt files) is in
tests/integration/test_vector_index.py."""
from __future__ import annotations

import pytest

from adapters.embedded.vectors import EmbeddedVectorIndex
from domain.ports.vectors import SearchesInBatches
from tests.fakes.vectors import InMemoryVectorIndex

PAIRS = [("a", [1.0, 0.0, 0.0]), ("b", [0.6, 0.8, 0.0]), ("c", [0.0, 0.0, 1.0]), ("d", [0.0, 0.6, 0.8])]


@pytest.fixture(params=["embedded-exact", "embedded-ann", "fake"])
async def index(request, tmp_path):
    if request.param == "fake":
        made = InMemoryVectorIndex(dimension=3)
    else:
        threshold = 10_000 if request.param == "embedded-exact" else 1
        made = EmbeddedVectorIndex(tmp_path / "index", dimension=3, ann_threshold=threshold)
    await made.open("g1", lambda: iter(PAIRS))
    yield made
    await made.close()


async def test_a_rebuild_reads_the_source_and_search_gives_cosine_similarities_best_first(index):
    assert await index.count() == 4
    found = await index.search([2.0, 0.0, 0.0], 2)
    assert [i for i, _ in found] == ["a", "b"]
    assert [round(s, 3) for _, s in found] == [1.0, 0.6]  # the ANN's similarities are close, not exact


async def test_upserting_an_id_replaces_its_vector_and_new_ids_are_added(index):
    await index.upsert([("a", [0.0, 0.0, 1.0]), ("e", [0.0, 1.0, 0.0])], generation="g2")
    assert await index.count() == 5
    assert [i for i, _ in await index.search([0.0, 0.0, 1.0], 2)] in (["a", "c"], ["c", "a"])
    assert (await index.search([0.0, 1.0, 0.0], 1))[0][0] == "e"


async def test_removed_and_excluded_ids_drop_out_and_k_results_still_come_back(index):
    await index.remove(["a", "no-such-id"], generation="g2")
    assert await index.count() == 3
    assert "a" not in {i for i, _ in await index.search([1.0, 0.0, 0.0], 4)}
    found = await index.search([0.0, 0.0, 1.0], 2, exclude=["c"])
    assert len(found) == 2 and "c" not in {i for i, _ in found}


async def test_an_async_source_is_read_for_a_rebuild(tmp_path):
    async def source():
        for pair in PAIRS:
            yield pair

    for index in (InMemoryVectorIndex(dimension=3), EmbeddedVectorIndex(tmp_path / "async", dimension=3)):
        await index.open("g1", source)
        assert await index.count() == 4
        await index.close()


async def test_an_index_searching_in_batches_answers_as_searching_each_vector(index):
    if not isinstance(index, SearchesInBatches):
        pytest.skip("this index searches one vector at a time (callers fall back to search)")
    queries = [[2.0, 0.0, 0.0], [0.0, 1.0, 1.0], [0.3, 0.3, 0.3], [0.0, 0.0, -1.0]]
    for k in (1, 2, 5):
        assert await index.search_many(queries, k) == [await index.search(q, k) for q in queries]
    assert await index.search_many([], 3) == []

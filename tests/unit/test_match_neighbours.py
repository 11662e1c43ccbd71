"""Hubness values of both sides of a pair: recorded from an item's own retrieval, reused
when the other side is recomputed, refreshed once the other side has doubled."""
import pytest

from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.services.matching_neighbours import NeighbourSimilarities
from tests.fakes.vectors import InMemoryEmbeddingStore, InMemoryVectorIndex


@pytest.fixture
def store() -> InMemoryEmbeddingStore:
    return InMemoryEmbeddingStore()


async def test_an_items_own_retrieval_records_the_mean_of_its_k_closest(store):
    neighbours = NeighbourSimilarities(store, k=2)
    jobs = InMemoryVectorIndex({"j1": [1, 0], "j2": [0, 1], "j3": [1, 1]})
    assert await neighbours.record("resume", "r1", [0.9, 0.7, 0.1], jobs) == pytest.approx(0.8)
    assert await neighbours.of("resume", ["r1"], jobs) == {"r1": pytest.approx(0.8)}
    assert jobs.searches == 0  # reused, not searched again


async def test_a_missing_value_is_computed_from_the_items_embedding_and_kept(store):
    neighbours = NeighbourSimilarities(store, k=1)
    await store.put("job", "j1", [1.0, 0.0])
    resumes = InMemoryVectorIndex({"r1": [1.0, 0.0], "r2": [0.0, 1.0]})
    assert await neighbours.of("job", ["j1"], resumes) == {"j1": pytest.approx(1.0)}
    assert await neighbours.of("job", ["j1"], resumes) == {"j1": pytest.approx(1.0)}
    assert resumes.searches == 1


async def test_a_value_is_refreshed_once_the_other_side_has_doubled(store):
    neighbours = NeighbourSimilarities(store, k=1)
    await store.put("job", "j1", [1.0, 0.0])
    resumes = InMemoryVectorIndex({"r1": [0.0, 1.0], "r2": [0.0, 1.0]})
    assert (await neighbours.of("job", ["j1"], resumes))["j1"] == pytest.approx(0.0)
    await resumes.upsert([("r3", [1.0, 0.0])])  # 3 resumes: not yet twice as many
    assert (await neighbours.of("job", ["j1"], resumes))["j1"] == pytest.approx(0.0)
    await resumes.upsert([("r4", [0.0, 1.0])])  # 4 = twice the 2 it was computed over
    assert (await neighbours.of("job", ["j1"], resumes))["j1"] == pytest.approx(1.0)


async def test_fewer_neighbours_than_k_give_no_value_until_the_other_side_has_k(store):
    # One close job on a small platform would pass for a hub and push the item's other pairs down.
    neighbours = NeighbourSimilarities(store, k=2)
    await store.put("resume", "r1", [1.0, 0.0])
    jobs = InMemoryVectorIndex({"j1": [0.0, 1.0]})
    assert await neighbours.of("resume", ["r1"], jobs) == {}
    await jobs.upsert([("j2", [1.0, 0.0])])
    assert (await neighbours.of("resume", ["r1"], jobs))["r1"] == pytest.approx(0.5)


async def test_a_forgotten_item_has_no_value_and_no_embedding_means_none_is_made(store):
    neighbours = NeighbourSimilarities(store, k=1)
    jobs = InMemoryVectorIndex({"j1": [1.0, 0.0]})
    await neighbours.record("resume", "r1", [0.5], jobs)
    await neighbours.forget("resume", ["r1"])
    assert await neighbours.of("resume", ["r1"], jobs) == {}


def test_with_both_values_known_a_pair_scores_the_same_whichever_side_is_recomputed():
    scorer = MatchScorer()
    w = scorer.weights
    candidate = CandidateProfile(resume_id="r1", candidate_id="u1",
                                 neighbour_similarity=w.typical_neighbour_similarity + 0.1)
    job = JobProfile(job_id="j1", title="Engineer", neighbour_similarity=w.typical_neighbour_similarity + 0.2)
    both = scorer.score(candidate, job, similarity=0.5).breakdown.semantic
    assert both == pytest.approx(scorer.semantic_part(0.5 - w.hubness_correction * 0.3), abs=1e-4)
    # Knowing only one side (as matching first did) gives a different score per direction.
    only_job = JobProfile(job_id="j1", title="Engineer")
    assert scorer.score(candidate, only_job, similarity=0.5).breakdown.semantic != pytest.approx(both, abs=1e-4)


async def test_items_recorded_together_store_what_each_stores_alone():
    jobs = InMemoryVectorIndex({"j1": [1, 0], "j2": [0, 1], "j3": [1, 1]})
    retrievals = {"r1": [0.9, 0.7, 0.1], "r2": [0.4], "r3": [0.6, 0.2]}
    alone_store, together_store = InMemoryEmbeddingStore(), InMemoryEmbeddingStore()
    alone = NeighbourSimilarities(alone_store, k=2)
    values = {r: await alone.record("resume", r, sims, jobs) for r, sims in retrievals.items()}
    together = NeighbourSimilarities(together_store, k=2)
    assert await together.record_many("resume", list(retrievals.items()), jobs) == values
    assert (await together_store.get_many("resume.neighbours", list(retrievals))
            == await alone_store.get_many("resume.neighbours", list(retrievals)))


class BatchSearchingIndex(InMemoryVectorIndex):
    """The fake with the optional one-call search of several vectors (SearchesInBatches)."""

    def __init__(self, items: dict[str, list[float]]) -> None:
        super().__init__(items)
        self.batch_calls = 0

    async def search_many(self, vectors, k):
        self.batch_calls += 1
        return [await self.search(vector, k) for vector in vectors]


async def test_stale_values_refreshed_in_one_batch_search_equal_those_searched_one_by_one():
    jobs = {f"j{n}": [float(n % 3), float(n % 5 + 1)] for n in range(9)}
    one_by_one, batched = InMemoryEmbeddingStore(), InMemoryEmbeddingStore()
    for store in (one_by_one, batched):
        for n in range(12):
            await store.put("resume", f"r{n}", [float(n % 4), float(n % 7) - 2.0])
        await store.put("resume.neighbours", "r3", [0.5, 2.0])  # computed over 2 jobs: outgrown at 9
    ids = [f"r{n}" for n in range(12)] + ["gone"]
    plain, batching = InMemoryVectorIndex(jobs), BatchSearchingIndex(jobs)
    expected = await NeighbourSimilarities(one_by_one, k=3).of("resume", ids, plain)
    assert await NeighbourSimilarities(batched, k=3).of("resume", ids, batching) == expected
    assert batching.batch_calls == 1 and plain.searches == 12
    assert await batched.get_many("resume.neighbours", ids) == await one_by_one.get_many("resume.neighbours", ids)

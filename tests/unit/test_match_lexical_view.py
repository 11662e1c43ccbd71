"""Term vectors and lexical hubness kept beside the embeddings: made when an item is indexed,
the hubness recorded from an item's own nearest neighbours, reused by the other side, refreshed
once the other side has doubled, and forgotten with the item."""
import pytest

from domain.matching import CandidateProfile, JobProfile
from domain.matching.lexical import TermRarity, lexical_similarity, term_vector
from domain.services.matching_lexical import LexicalView
from tests.fakes.vectors import InMemoryEmbeddingStore, InMemoryVectorIndex

RARITY = TermRarity.from_texts(["python django", "nursing icu", "welding", "excel reports"])


@pytest.fixture
def store() -> InMemoryEmbeddingStore:
    return InMemoryEmbeddingStore()


async def test_indexing_stores_the_term_vector_and_a_text_without_words_stores_none(store):
    view = LexicalView(store, RARITY, k=2)
    await view.index("resume", "r1", "Python and Django")
    await view.index("resume", "r2", "2019 - 2021")
    assert await view.terms("resume", ["r1", "r2"]) == {"r1": term_vector("Python and Django", RARITY)}


async def test_an_items_value_is_its_mean_similarity_to_its_k_nearest_and_is_reused(store):
    view = LexicalView(store, RARITY, k=2)
    for job_id, text in (("j1", "python django"), ("j2", "python"), ("j3", "python django")):
        await view.index("job", job_id, text)
    jobs = InMemoryVectorIndex({"j1": [1, 0], "j2": [1, 1], "j3": [0, 1]})
    resume = term_vector("python django", RARITY)
    # only the first k=2 of the nearest (best first) count
    value = await view.record("resume", "r1", resume, ["j2", "j1", "j3"], "job", jobs)
    expected = (lexical_similarity(resume, term_vector("python", RARITY)) + 1.0) / 2
    assert value == pytest.approx(expected, abs=1e-6)
    assert await view.of("resume", ["r1"], "job", jobs) == {"r1": pytest.approx(expected, abs=1e-6)}
    assert jobs.searches == 0


async def test_a_missing_value_is_made_from_the_items_embedding_neighbours_and_refreshed_on_doubling(store):
    view = LexicalView(store, RARITY, k=1)
    await store.put("job", "j1", [1.0, 0.0])
    await view.index("job", "j1", "python")
    await view.index("resume", "r1", "welding")
    await view.index("resume", "r2", "python")
    resumes = InMemoryVectorIndex({"r1": [1.0, 0.0], "r2": [0.0, 1.0]})
    assert (await view.of("job", ["j1"], "resume", resumes))["j1"] == 0.0   # nearest r1 shares no word
    await resumes.upsert([("r3", [0.0, 1.0])])
    assert (await view.of("job", ["j1"], "resume", resumes))["j1"] == 0.0   # 3 < twice 2: kept
    await resumes.upsert([("r4", [0.0, 1.0])])
    await resumes.upsert([("r2", [1.0, 0.0]), ("r1", [0.0, 1.0])])          # now r2 is nearest
    assert (await view.of("job", ["j1"], "resume", resumes))["j1"] == pytest.approx(1.0, abs=1e-6)


async def test_reindexing_or_forgetting_an_item_drops_its_stale_value(store):
    view = LexicalView(store, RARITY, k=1)
    await view.index("job", "j1", "python")
    jobs = InMemoryVectorIndex({"j1": [1.0, 0.0]})
    await view.index("resume", "r1", "python")
    await view.record("resume", "r1", term_vector("python", RARITY), ["j1"], "job", jobs)
    await view.index("resume", "r1", "welding")  # a new text: the old value is no longer its own
    assert await view.of("resume", ["r1"], "job", jobs) == {}  # no embedding stored: nothing made
    await view.forget("resume", ["r1"])
    assert await view.terms("resume", ["r1"]) == {}


async def test_profiles_get_their_terms_and_values_from_both_sides(store):
    view = LexicalView(store, RARITY, k=1)
    await view.index("job", "j1", "python django")
    await view.index("resume", "r1", "python django")
    await view.index("resume", "r2", "nursing")
    resumes = InMemoryVectorIndex({"r1": [1.0, 0.0], "r2": [0.0, 1.0]})
    jobs = InMemoryVectorIndex({"j1": [1.0, 0.0]})
    await store.put("resume", "r2", [0.0, 1.0])
    job, candidates = await view.job_with_candidates(
        JobProfile(job_id="j1", title="Python developer"), ["r1", "r2"],
        [CandidateProfile(resume_id="r1", candidate_id="u1"), CandidateProfile(resume_id="r2", candidate_id="u2")],
        "job", "resume", resumes, jobs)
    assert job.terms == term_vector("python django", RARITY)
    assert job.lexical_neighbour_similarity == pytest.approx(1.0, abs=1e-6)  # its nearest is r1
    assert [c.terms for c in candidates] == [term_vector("python django", RARITY), term_vector("nursing", RARITY)]
    # r1 has no stored value nor embedding: unknown; r2's is made from its nearest job
    assert [c.lexical_neighbour_similarity for c in candidates] == [None, 0.0]

    candidate, by_job = await view.candidate_with_jobs(
        CandidateProfile(resume_id="r1", candidate_id="u1"), ["j1"], ["j1"], "job", "resume", resumes, jobs)
    assert candidate.lexical_neighbour_similarity == pytest.approx(1.0, abs=1e-6)
    assert by_job["j1"][0] == term_vector("python django", RARITY)
    assert by_job["j1"][1] == pytest.approx(1.0, abs=1e-6)


async def test_jobs_recorded_together_get_the_terms_and_values_each_gets_alone():
    async def platform() -> tuple[LexicalView, InMemoryEmbeddingStore, InMemoryVectorIndex]:
        store = InMemoryEmbeddingStore()
        view = LexicalView(store, RARITY, k=2)
        for job_id, text in (("j1", "python django"), ("j2", "nursing icu"), ("j3", "2019")):
            await view.index("job", job_id, text)
        for resume_id, text in (("r1", "python"), ("r2", "django nursing"), ("r3", "welding icu")):
            await view.index("resume", resume_id, text)
        return view, store, InMemoryVectorIndex({"r1": [1.0, 0.0], "r2": [0.0, 1.0], "r3": [1.0, 1.0]})

    nearest = {"j1": ["r1", "r2", "r3"], "j2": ["r3", "r2"], "j3": ["r1"]}  # j3's text has no words
    alone_view, alone_store, resumes = await platform()
    alone = [await alone_view.job(JobProfile(job_id=j, title=j), nearest[j], "job", "resume", resumes)
             for j in nearest]
    together_view, together_store, resumes = await platform()
    together = await together_view.record_jobs(
        [(JobProfile(job_id=j, title=j), nearest[j]) for j in nearest], "job", "resume", resumes)
    assert together == alone
    assert alone[0].lexical_neighbour_similarity is not None and alone[2].lexical_neighbour_similarity is None
    assert (await together_view.of("job", list(nearest), "resume", resumes)
            == await alone_view.of("job", list(nearest), "resume", resumes))


async def test_stale_values_refreshed_together_equal_each_recorded_from_its_own_search():
    """Many outgrown values at once (one search_many where the index has it, one read of the
    neighbours' terms) give what record() makes of each item's own search, value for value."""
    import random

    from tests.unit.test_match_neighbours import BatchSearchingIndex

    rng = random.Random(5)
    words = ["python", "django", "nursing", "icu", "welding", "excel", "reports", "sql", "care"]
    jobs = {f"j{n}": [rng.uniform(-1, 1), rng.uniform(-1, 1)] for n in range(7)}
    refreshed, recorded = InMemoryEmbeddingStore(), InMemoryEmbeddingStore()
    resumes = [(f"r{n}", " ".join(rng.sample(words, rng.randint(0, 4))), [rng.uniform(-1, 1), rng.uniform(-1, 1)])
               for n in range(15)]
    for store in (refreshed, recorded):
        view = LexicalView(store, RARITY, k=3)
        for job_id in jobs:
            await view.index("job", job_id, " ".join(rng.sample(words, 3)) if store is refreshed else "")
        for resume_id, text, embedding in resumes:
            await view.index("resume", resume_id, text)
            await store.put("resume", resume_id, embedding)
    # the jobs' words: the same in both stores
    for job_id in jobs:
        await recorded.put("job.terms", job_id, (await refreshed.get_many("job.terms", [job_id]))[0] or [])
    index, plain = BatchSearchingIndex(jobs), InMemoryVectorIndex(jobs)
    ids = [resume_id for resume_id, _, _ in resumes] + ["gone"]
    values = await LexicalView(refreshed, RARITY, k=3).of("resume", ids, "job", index)
    assert index.batch_calls == 1
    one_view = LexicalView(recorded, RARITY, k=3)
    expected = {}
    for resume_id, _, embedding in resumes:
        terms = (await one_view.terms("resume", [resume_id])).get(resume_id)
        hits = await plain.search(embedding, 3)
        value = await one_view.record("resume", resume_id, terms, [i for i, _ in hits], "job", plain) if terms else None
        if value is not None:
            expected[resume_id] = value
    assert values == expected and expected
    assert await refreshed.get_many("resume.lexical_neighbours", ids) == \
        await recorded.get_many("resume.lexical_neighbours", ids)
    assert await LexicalView(refreshed, RARITY, k=3).of("resume", ids, "job", plain) == expected  # one by one

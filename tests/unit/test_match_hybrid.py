"""The hybrid text similarity: embedding and lexical cosines fused, hubness corrected on the
fused value; without term vectors on both sides a pair is scored by its embedding alone."""
import pytest

from domain.matching import CandidateProfile, JobProfile, MatchScorer, MatchWeights
from domain.matching.hybrid import fuse, text_similarity
from domain.matching.lexical import TermRarity, term_vector

RARITY = TermRarity.from_texts(["management of people", "management of money", "welding", "informatica etl"])
JOB_TERMS = term_vector("ETL developer: Informatica PowerCenter", RARITY)


def a_candidate(text: str | None = None, hub: float | None = None, lexical_hub: float | None = None) -> CandidateProfile:
    return CandidateProfile(resume_id="r", candidate_id="u", terms=term_vector(text, RARITY) if text else None,
                            neighbour_similarity=hub, lexical_neighbour_similarity=lexical_hub)


def a_job(terms=JOB_TERMS, hub: float | None = None, lexical_hub: float | None = None) -> JobProfile:
    return JobProfile(job_id="j", title="ETL Developer", terms=terms, neighbour_similarity=hub,
                      lexical_neighbour_similarity=lexical_hub)


def test_without_terms_the_pair_is_scored_by_its_embedding_alone():
    w = MatchWeights()
    candidate = a_candidate(hub=0.45)
    assert text_similarity(0.5, candidate, a_job(hub=0.3), w) == pytest.approx(
        0.5 - w.hubness_correction * (0.45 - w.typical_neighbour_similarity)
        - w.hubness_correction * (0.3 - w.typical_neighbour_similarity))
    assert text_similarity(0.5, a_candidate("informatica"), a_job(terms=None), w) == 0.5


def test_with_terms_the_two_views_are_averaged_on_the_embedding_scale():
    w = MatchWeights(lexical_scale=2.0, lexical_offset=0.1)
    candidate = a_candidate("ETL developer: Informatica PowerCenter")  # the same words: cosine 1
    assert text_similarity(0.5, candidate, a_job(), w) == pytest.approx((0.5 + 0.1 + 2.0 * 1.0) / 2, abs=1e-6)
    assert fuse(0.5, 0.0, w) == pytest.approx(0.3)


def test_at_equal_embedding_similarity_the_resume_sharing_the_jobs_rare_words_ranks_first():
    scorer = MatchScorer()
    shares = scorer.score(a_candidate("Informatica PowerCenter mappings, ETL"), a_job(), similarity=0.4)
    does_not = scorer.score(a_candidate("management of people and money"), a_job(), similarity=0.4)
    assert shares.breakdown.semantic > does_not.breakdown.semantic
    assert shares.score > does_not.score


def test_a_resume_sharing_words_with_every_job_is_taken_down_by_its_lexical_hubness():
    w = MatchWeights()
    text = "Informatica PowerCenter mappings, ETL"
    typical = text_similarity(0.4, a_candidate(text, hub=0.35, lexical_hub=0.05), a_job(hub=0.35), w)
    hub = text_similarity(0.4, a_candidate(text, hub=0.35, lexical_hub=0.30), a_job(hub=0.35), w)
    assert hub == pytest.approx(typical - w.hubness_correction * w.lexical_scale * 0.25 / 2)


def test_the_lexical_hubness_counts_only_when_the_pair_is_compared_by_words():
    w = MatchWeights()
    without = text_similarity(0.4, a_candidate(hub=0.4, lexical_hub=0.9), a_job(terms=None, hub=0.3), w)
    assert without == text_similarity(0.4, a_candidate(hub=0.4), a_job(terms=None, hub=0.3), w)


def test_a_lexical_scale_of_zero_turns_the_lexical_view_off():
    w = MatchWeights(lexical_scale=0.0)
    candidate = a_candidate("Informatica PowerCenter", hub=0.4, lexical_hub=0.2)
    assert text_similarity(0.5, candidate, a_job(hub=0.3, lexical_hub=0.1), w) == text_similarity(
        0.5, a_candidate(hub=0.4), a_job(terms=None, hub=0.3), w)

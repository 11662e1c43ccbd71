"""Typo tolerance on OpenSearch is in the query itself: every word may be met a few edits away
(`fuzziness` AUTO:4,8, the first letter as typed), and the words as typed earn a bonus, so exact
hits rank above corrected ones. Request shapes only (no server needed)."""
from __future__ import annotations

from adapters.aws.opensearch.queries import search_body
from domain.jobs import JobFilter
from domain.pagination import PageRequest
from domain.query_aliases import QueryAlias


def _must_and_should(query: str, job_filter: JobFilter | None = None) -> tuple[list, list]:
    boolean = search_body(query, job_filter or JobFilter(), PageRequest(first=5))["query"]["bool"]
    return boolean["must"], boolean.get("should", [])


def test_every_word_may_be_met_a_few_edits_away_with_the_first_letter_as_typed():
    (match,), _ = _must_and_should("acountant leeds")
    fuzzy = match["multi_match"]
    assert (fuzzy["fuzziness"], fuzzy["prefix_length"]) == ("AUTO:4,8", 1)
    assert fuzzy["fuzzy_transpositions"] is False  # Levenshtein's edits, as the embedded index counts them
    # Still every word required, the last a prefix.
    assert (fuzzy["type"], fuzzy["operator"], fuzzy["query"]) == ("bool_prefix", "and", "acountant leeds")


def test_the_words_as_typed_earn_a_bonus_so_exact_hits_rank_first():
    _, (exact,) = _must_and_should("nurse leeds")
    words = exact["multi_match"]
    assert words["query"] == "nurse leeds" and words["boost"] > 1
    assert "fuzziness" not in words
    assert words["operator"] == "and"


def test_the_words_an_alias_covers_are_fuzzy_too_and_paging_and_totals_are_unchanged():
    alias = QueryAlias(words=("rn",), alternatives=(("registered", "nurse"),))
    must, should = _must_and_should("rn warehose", JobFilter(query_aliases=[alias]))
    assert must[0]["multi_match"]["fuzziness"] == "AUTO:4,8"
    assert len(should) == 1
    body = search_body("warehose", JobFilter(), PageRequest(first=5, after=(1.5, 1767225600000, "j"), want_total=False))
    assert (body["size"], body["search_after"], body["track_total_hits"]) == (6, [1.5, 1767225600000, "j"], False)
    assert search_body("warehose", JobFilter(), PageRequest(first=5))["track_total_hits"] == 10_000


def test_a_listing_without_words_has_no_text_clauses():
    boolean = search_body(None, JobFilter(), PageRequest())["query"]["bool"]
    assert "must" not in boolean and "should" not in boolean

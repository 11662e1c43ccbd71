"""The growth bound of an unchanged row's bm25 score, on FTS5's formula itself (the reading of
the formula is checked against SQLite in tests/integration/test_fts5_averages_record.py)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.embedded.sqlite.bm25_bound import CorpusStats, bm25_model, corpus_stats, growth_bound, phrases


@st.composite
def a_change(draw):
    rows = draw(st.integers(1, 60))
    tokens = draw(st.integers(rows, rows * 40))
    phrase_rows = draw(st.lists(st.integers(0, rows), min_size=1, max_size=4))
    hits = [draw(st.floats(0, 30)) for _ in phrase_rows]
    length = draw(st.integers(1, 80))
    changes = draw(st.integers(0, 20))
    # `changes` rows added, removed or rewritten: each moves N by at most one, each phrase's
    # rows by at most one, and the tokens by whatever the row held.
    new_rows = draw(st.integers(max(1, rows - changes), rows + changes))
    new_tokens = draw(st.integers(new_rows, new_rows * 40))
    new_phrase_rows = [draw(st.integers(max(0, n - changes), min(new_rows, n + changes))) for n in phrase_rows]
    return (CorpusStats(rows, tokens), phrase_rows, hits, length, changes,
            CorpusStats(new_rows, new_tokens), new_phrase_rows)


@settings(max_examples=2000)
@given(a_change())
def test_an_unchanged_rows_score_grows_at_most_by_the_bound(change):
    then, phrase_rows, hits, length, changes, now, new_phrase_rows = change
    old = -bm25_model(hits, length, then, phrase_rows)
    new = -bm25_model(hits, length, now, new_phrase_rows)
    assert new <= growth_bound(then, tuple(phrase_rows), now, changes) * old + 1e-12


def test_without_changes_the_bound_is_one_up_to_rounding():
    stats = CorpusStats(100, 2500)
    assert 1 <= growth_bound(stats, (3, 70), stats, 0) < 1 + 1e-8


def test_the_averages_record_reads_as_rows_then_tokens_per_column():
    assert corpus_stats(bytes.fromhex("03050905"), 3) == CorpusStats(3, 19)
    # Two-byte varints: 300 rows.
    assert corpus_stats(bytes([0x82, 0x2C, 1, 1, 1]), 3) == CorpusStats(300, 3)


def test_an_averages_record_of_another_shape_is_not_read():
    assert corpus_stats(bytes.fromhex("030509"), 3) is None
    assert corpus_stats(bytes.fromhex("0305090501"), 3) is None
    assert corpus_stats(None, 3) is None


def test_only_queries_of_quoted_phrases_are_bounded():
    assert phrases('"senior" "engineer"*') == ['"senior"', '"engineer"*']
    assert phrases('"say ""hi"""') == ['"say ""hi"""']
    assert phrases("senior OR engineer") is None
    assert phrases('"senior" OR "engineer"') is None



@settings(max_examples=1000)
@given(a_change())
def test_with_the_phrases_rows_counted_now_the_bound_holds_too(change):
    then, phrase_rows, hits, length, changes, now, new_phrase_rows = change
    old = -bm25_model(hits, length, then, phrase_rows)
    new = -bm25_model(hits, length, now, new_phrase_rows)
    bound = growth_bound(then, tuple(phrase_rows), now, changes, tuple(new_phrase_rows))
    assert new <= bound * old + 1e-12

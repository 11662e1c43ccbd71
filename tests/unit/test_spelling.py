"""Typo tolerance's rules (domain.spelling): how far a word may be from what it meant, which
held word it is read as, and how the corrected query reads."""
from __future__ import annotations

from domain.spelling import IndexedTerm, corrected_text, edits_allowed, nearest_names, nearest_term


def test_short_words_and_words_with_digits_are_typed_as_meant():
    assert [edits_allowed(w) for w in ("rn", "cook", "nurse", "electrcn", "5g", "a1b2", "électricien")] == [
        0, 1, 1, 2, 0, 0, 2]


def test_the_nearest_held_word_within_the_edits_the_more_rows_first():
    held = [IndexedTerm("warehous", 40), IndexedTerm("warden", 3), IndexedTerm("wardrob", 1)]
    assert nearest_term("warehos", 1, held) == IndexedTerm("warehous", 40)
    # Two at one edit: the commoner.
    tied = [IndexedTerm("nurs", 2), IndexedTerm("nurc", 1), IndexedTerm("burs", 90)]
    assert nearest_term("nurx", 1, tied) == IndexedTerm("nurs", 2)
    # Fewer edits beat more rows.
    assert nearest_term("account", 2, [IndexedTerm("accounts", 1), IndexedTerm("acount", 5)]).term == "acount"


def test_nothing_near_enough_the_first_letter_or_the_word_itself_is_no_correction():
    held = [IndexedTerm("nurs", 10), IndexedTerm("purs", 99)]
    assert nearest_term("xurs", 1, held) is None  # the first letter is as typed
    assert nearest_term("nurs", 1, held) is None  # a held word needs none
    assert nearest_term("nrsx", 1, held) is None
    assert nearest_term("nurs", 0, held) is None


def test_the_corrected_query_keeps_everything_but_the_corrected_words():
    assert corrected_text("Acountant, Leeds (title: acountant)", {"acountant": "accountant"}) == (
        "accountant, Leeds (title: accountant)")
    assert corrected_text("warehose operative", {}) == "warehose operative"
    assert corrected_text("nurce nursery", {"nurce": "nurse"}) == "nurse nursery"


def test_nearest_names_are_the_likely_meanings_fewest_edits_first():
    towns = ["london", "londonderry", "lyon", "leeds", "luton"]
    assert nearest_names("lndon", towns) == ["london", "lyon", "luton"]  # 1, 2, 2 edits
    assert nearest_names("lndon", towns, edits=1) == ["london"]
    assert nearest_names("manchster", ["munster", "lancaster", "manchester"])[0] == "manchester"
    assert nearest_names("qqqq", towns) == []
    assert nearest_names("leds", towns, limit=1) == ["leeds"]

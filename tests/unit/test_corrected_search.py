"""What a search's correction is (domain.services.corrected_search, domain.spelling): the typed
query with the words the index does not hold read as the nearest it does; and which corrections
a cursor may name (changed_words)."""
from __future__ import annotations

from domain.services.corrected_search import correction_of
from domain.spelling import changed_words


class _Index:
    def __init__(self, corrections: dict[str, str]) -> None:
        self.corrections = corrections

    async def spelling_corrections(self, terms):
        return {t.word: self.corrections[t.word.lower()] for t in terms if t.word.lower() in self.corrections}

    async def search(self, query, job_filter, page):  # the JobRepository side is not asked here
        raise AssertionError


async def test_the_typed_query_with_its_misspelled_words_read_as_held_ones():
    assert await correction_of(_Index({"acountant": "accountant"}), "Acountant leeds", "Acountant leeds") == (
        "accountant leeds")


async def test_nothing_to_correct_or_a_correction_that_changes_no_word_is_none():
    for corrections in ({}, {"cplusplus": "cplusplu"}):
        assert await correction_of(_Index(corrections), "C++ developer", "C++ developer") is None


def test_a_cursor_may_name_only_corrections_of_the_typed_words():
    assert changed_words("Acountant, leeds", "accountant, leeds") == {"acountant": "accountant"}
    assert changed_words("acountant", "acountant") is None  # nothing changed
    assert changed_words("acountant leeds", "accountant") is None  # a word dropped
    assert changed_words("acountant", "accountant1") is None  # no correction has digits
    assert changed_words("rn", "registered") is None  # short words are never corrected
    assert changed_words("acountant-leeds", "accountant leeds") is None  # other separators

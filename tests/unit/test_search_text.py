"""How query text is read into words (domain/search_text.py)."""
from __future__ import annotations

import pytest

from domain.search_text import MAX_TERMS, SearchTerm, search_terms, searchable_text


@pytest.mark.parametrize("written, spelled", [
    ("C++ and C#", "Cplusplus and Csharp"),
    ("F#, .NET, ASP.NET", "Fsharp, dotNET, ASP dotNET"),
    ("Notepad++ and C++11", "Notepadplusplus and Cplusplus11"),
    ("#hashtag, end. Next", "#hashtag, end. Next"),
    ("O'Brien’s", "OBriens"),
])
def test_punctuated_skill_names_are_spelled_as_one_word(written, spelled):
    assert searchable_text(written) == spelled


def test_spelling_twice_changes_nothing_more():
    once = searchable_text("C++, C#, .NET developer")
    assert searchable_text(once) == once


def test_fields_apply_to_the_words_after_them_and_the_last_word_is_a_prefix():
    assert search_terms("senior title: registered nurse skills:c++") == [
        SearchTerm("senior"), SearchTerm("registered", "title"), SearchTerm("nurse", "title"),
        SearchTerm("cplusplus", "skills", prefix=True)]


def test_a_single_letter_is_never_a_prefix_and_punctuation_alone_is_no_word():
    assert search_terms("é") == [SearchTerm("é")]
    assert search_terms('"*(^-+:)"') == []
    assert search_terms("title:") == []


def test_at_most_max_terms_words():
    assert len(search_terms(" ".join(f"w{i}" for i in range(100)))) == MAX_TERMS

"""How query text is read into words (domain/search_text.py)."""
from __future__ import annotations

import re

import pytest

from domain.search_text import LITERAL_SPELLINGS, MAX_TERMS, SearchTerm, search_terms, searchable_text


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


def _literally_spelled(text: str) -> str:
    for written, spelled in LITERAL_SPELLINGS:
        text = text.replace(written, spelled)
    return text


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


@pytest.mark.parametrize("written, spelled", LITERAL_SPELLINGS)
def test_each_literal_spelling_reads_as_the_rules_read_it(written, spelled):
    # A search engine that maps these strings must index the words the queries are spelled in.
    contexts = [f"senior c{written}, dev", f"senior c{written}11 dev"] if written == "++" else (
        [f"senior {written} dev", f"senior {written}"] if written.endswith("#") else
        [f"senior {written} core", f"ASP{written}, VB{written}"])
    for text in contexts:
        assert _words(_literally_spelled(text)) == _words(searchable_text(text)), text

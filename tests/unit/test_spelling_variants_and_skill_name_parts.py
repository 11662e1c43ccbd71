"""An umlaut's other spelling is offered where a transliteration can be one and English words
keep their letters; a graded, held or noted skill entry names the skill inside it."""
from __future__ import annotations

import pytest

from domain.skill_name_parts import named_parts
from domain.spelling_variants import spelling_variants


@pytest.mark.parametrize(("word", "other"), [
    ("kuechenchef", "küchenchef"), ("küchenchef", "kuechenchef"), ("muenchen", "münchen"),
    ("koechin", "köchin"), ("gaertner", "gärtner"), ("straßenbauer", "strassenbauer"),
    ("strassenbauer", "straßenbauer"), ("schweisser", "schweißer"), ("fuehrerschein", "führerschein"),
])
def test_a_german_word_is_offered_in_its_other_spelling(word, other):
    assert other in spelling_variants(word)


@pytest.mark.parametrize("word", ["question", "steuer", "issues", "blue", "value", "continue", "assistant",
                                  "business", "shoes", "does", "poet", "driver", "nurse"])
def test_english_words_and_german_diphthongs_keep_their_letters(word):
    assert spelling_variants(word) == ()


@pytest.mark.parametrize(("entry", "parts"), [
    ("HACCP", []),
    ("HACCP Level 2", ["HACCP"]),
    ("Level 3 Award in Food Safety", ["Award in Food Safety"]),
    ("Food hygiene (HACCP)", ["Food hygiene", "HACCP"]),
    ("CSCS card holder", ["CSCS card", "CSCS"]),
    ("Forklift certified", ["Forklift"]),
    ("Driving licence", []),
    ("Level 2", []),
])
def test_an_entry_names_the_skill_it_grades_holds_or_notes(entry, parts):
    assert named_parts(entry) == parts

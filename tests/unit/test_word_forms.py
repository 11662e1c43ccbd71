"""A word and its regular inflections share one form, so a requirement is found in a résumé
however each inflects it; words that differ in meaning stay apart."""
import pytest

from domain.matching.word_forms import stem_text, word_stem


@pytest.mark.parametrize("a, b", [
    ("designed", "design"), ("schemes", "scheme"), ("audits", "audit"), ("deliveries", "delivery"),
    ("taking", "take"), ("washing", "wash"), ("washes", "wash"), ("managed", "manage"), ("classes", "class"),
    ("planning", "plan"), ("teacher", "teaching"), ("driver", "driving"), ("tuner", "tuning"),
])
def test_inflections_of_a_word_share_its_form(a, b):
    assert word_stem(a) == word_stem(b)


@pytest.mark.parametrize("a, b", [("design", "designate"), ("audit", "auditor"), ("plan", "plant"),
                                  ("engineer", "engine"), ("class", "clasp")])
def test_other_words_keep_apart(a, b):
    assert word_stem(a) != word_stem(b)


def test_short_words_and_words_with_digits_are_kept_whole():
    assert [word_stem(w) for w in ("of", "pot", "is", "ks3", "|")] == ["of", "pot", "is", "ks3", "|"]


def test_the_nth_word_of_the_stemmed_text_is_the_nth_of_the_text():
    text = " designed schemes of work | taking deliveries "
    assert stem_text(text).split(" ") == [word_stem(w) for w in text.split(" ")]
    assert len(stem_text(text).split(" ")) == len(text.split(" "))

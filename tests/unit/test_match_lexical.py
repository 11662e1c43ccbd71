"""The lexical view: tokens, word rarity, TF-IDF term vectors, their cosine and storage form."""
import math

import pytest

from domain.matching.lexical import (
    TermRarity,
    decode,
    encode,
    features,
    lexical_similarity,
    mean_similarity,
    term_id,
    term_vector,
    terms,
)

# A small reference corpus: "management" is everywhere, "informatica" in one text.
REFERENCE = TermRarity.from_texts([
    "project management of teams", "management of budgets", "risk management",
    "informatica data integration", "welding and management of sites",
])


def test_tokens_keep_tool_names_and_drop_numbers():
    assert terms("C++, C# and Node.js; ASP.NET since 2015 (+91 98765)") == [
        "c++", "c#", "and", "node.js", "asp.net", "since"]


def test_a_rarer_word_weighs_more_and_an_unseen_word_most():
    assert REFERENCE.idf("informatica") > REFERENCE.idf("management")
    assert REFERENCE.idf("never-seen") > REFERENCE.idf("informatica")
    assert REFERENCE.idf("management") == pytest.approx(math.log(6 / 5) + 1)


def test_a_term_vector_is_unit_length_and_survives_storage_unchanged():
    vector = term_vector("Informatica ETL developer; Informatica PowerCenter, SQL", REFERENCE)
    assert math.sqrt(sum(w * w for w in vector.values())) == pytest.approx(1.0, abs=1e-6)
    assert decode(encode(vector)) == vector
    # float32 holds every id exactly: a stored vector decodes to the same keys
    assert all(float(k) == k and k < 2 ** 24 for k in vector)


def test_a_long_text_keeps_its_strongest_terms():
    vector = term_vector("informatica " + " ".join(f"word{i}" for i in range(50)) + " management", REFERENCE, limit=10)
    assert len(vector) == 10
    assert term_id("management") not in vector  # the weakest goes first


def test_a_shared_rare_word_counts_more_than_a_shared_common_one():
    job = term_vector("informatica management", REFERENCE)
    rare = term_vector("informatica welding", REFERENCE)
    common = term_vector("management welding", REFERENCE)
    assert lexical_similarity(job, rare) > lexical_similarity(job, common) > 0


def test_cosine_of_a_vector_with_itself_is_one_and_with_a_disjoint_one_zero():
    a, b = term_vector("informatica", REFERENCE), term_vector("welding", REFERENCE)
    assert lexical_similarity(a, a) == pytest.approx(1.0, abs=1e-6)
    assert lexical_similarity(a, b) == 0.0
    assert lexical_similarity(a, {}) == 0.0


def test_a_text_without_words_has_an_empty_vector():
    assert term_vector("2015 - 2019 / 42", REFERENCE) == {}


def test_mean_similarity_over_neighbours_and_none_without_any():
    a = term_vector("informatica", REFERENCE)
    assert mean_similarity(a, [a, term_vector("welding", REFERENCE)]) == pytest.approx(0.5, abs=1e-6)
    assert mean_similarity(a, []) is None


def test_a_stored_vector_of_odd_length_is_refused():
    with pytest.raises(ValueError):
        decode([1.0, 0.5, 2.0])


def test_features_are_the_words_and_each_pair_of_adjacent_words():
    assert features("Civil Engineering, 2019: site") == [
        "civil", "engineering", "site", "civil engineering", "engineering site"]


def test_a_phrase_as_written_counts_more_than_its_words_apart():
    job = term_vector("Project Manager", REFERENCE)
    phrase = term_vector("senior project manager for welding sites", REFERENCE)
    apart = term_vector("project welding manager for senior sites", REFERENCE)
    assert lexical_similarity(job, phrase) > lexical_similarity(job, apart) > 0

"""Which narrower queries a search that found nothing tries, in what order, and which a cursor may name."""
from __future__ import annotations

from domain.narrower_queries import MOST_NARROWER_SEARCHES, narrower_queries, without_words, words_left_out


def test_one_word_is_left_out_before_two_and_later_words_before_earlier_ones():
    tried = [q for q, _ in narrower_queries("pastry chef lisbon")]
    assert tried == ["pastry chef", "pastry lisbon", "chef lisbon", "pastry", "chef", "lisbon"]


def test_the_words_of_a_place_are_left_out_last():
    tried = [q for q, _ in narrower_queries("pastry chef Lisbon", frozenset({"lisbon"}))]
    assert tried == ["pastry Lisbon", "chef Lisbon", "pastry chef", "Lisbon", "pastry", "chef"]


def test_a_repeated_word_is_left_out_everywhere_at_once():
    assert [(q, sorted(w)) for q, w in narrower_queries("Nurse night nurse")] == [
        ("Nurse nurse", ["night"]), ("night", ["nurse"])]


def test_one_word_quotes_labels_and_operators_are_never_narrowed():
    for query in ("welder", '"head chef" dublin', "title:nurse leeds", "nurse NOT night", "chef OR cook"):
        assert list(narrower_queries(query)) == [], query


def test_only_so_many_searches_are_tried_however_long_the_query():
    assert len(list(narrower_queries("one two three four five six seven"))) == MOST_NARROWER_SEARCHES


def test_a_cursor_may_name_only_words_the_query_has_and_not_all_of_them():
    assert words_left_out("Pastry chef Lisbon", "Pastry Lisbon") == frozenset({"chef"})
    assert words_left_out("pastry chef", "pastry chef") is None  # nothing left out
    assert words_left_out("pastry chef", "") is None  # every word left out
    assert words_left_out("pastry chef", "baker") is None  # not a word of the query
    assert words_left_out("pastry chef", "chef pastry") is None  # another order
    assert without_words("C++ developer, remote", frozenset({"remote"})) == "C++ developer,"

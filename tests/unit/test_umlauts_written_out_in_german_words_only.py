"""Two letters are read as an umlaut only in a word that looks German: "Mueller" meets
"Müller" and "Muller", "Kuechenchef" meets "Küchenchef", but "Michael" never meets "Michal"
(the index folds the umlaut to its plain vowel, so reading "ae" as "ä" would). Both ways, on
the SQLite query the aliases build."""
from __future__ import annotations

import sqlite3

import pytest

from adapters.embedded.sqlite.job_search_sql import fts_query
from domain.query_aliases import query_aliases
from domain.skills import SkillTaxonomy, TaxonomySkillExtractor
from domain.spelling_variants import spelling_variants

NO_SKILLS = TaxonomySkillExtractor(SkillTaxonomy([], {}, [], []))


def _meet(query: str, title: str) -> bool:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(title, tokenize = 'porter unicode61')")
    db.execute("INSERT INTO t VALUES (?)", (title,))
    match = fts_query(query, query_aliases(query, NO_SKILLS))
    return db.execute("SELECT count(*) FROM t WHERE t MATCH ?", (match,)).fetchone() == (1,)


@pytest.mark.parametrize(("one", "other"), [
    ("Mueller", "Müller"), ("Müller", "Mueller"), ("Mueller", "Muller"), ("Müller", "Muller"),
    ("Kuechenchef", "Küchenchef"), ("Küchenchef", "Kuechenchef"), ("Schroeder", "Schröder"),
    ("Baecker", "Bäcker"), ("Fuehrung", "Führung"), ("Uebersetzer", "Übersetzer"), ("Goetz", "Götz"),
])
def test_a_german_name_meets_its_other_spellings(one, other):
    assert _meet(one, other)


@pytest.mark.parametrize(("one", "other"), [
    ("Michael", "Michal"), ("Michal", "Michael"), ("Michaela", "Michala"), ("Raphael", "Raphal"),
    ("Samuel", "Samul"), ("Manuel", "Manul"), ("Israel", "Isral"), ("Noel", "Nol"), ("Joel", "Jol"),
    ("Queue", "Queu"), ("Blue", "Blu"), ("Aerospace", "Arospace"), ("Arospace", "Aerospace"),
    ("Poet", "Pot"), ("Poets", "Pots"), ("Poetry", "Potry"), ("Guest", "Gust"), ("Confluence", "Conflunce"),
    ("Bluer", "Blur"),
])
def test_letters_that_were_never_an_umlaut_do_not_become_another_word(one, other):
    assert not _meet(one, other)
    assert _meet(one, one)


@pytest.mark.parametrize("word", ["michael", "raphael", "samuel", "manuel", "israel", "queue", "aerospace",
                                  "confluence", "guest", "poets", "fluent", "aktuell"])
def test_no_umlaut_is_offered_for_a_word_that_does_not_look_german(word):
    assert spelling_variants(word) == ()

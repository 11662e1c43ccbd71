"""The words of a query an alias covers are replaced by it, the longest first, never twice;
the SQLite query requires every other word and reads as FTS5 accepts it."""
from __future__ import annotations

import sqlite3

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from adapters.embedded.sqlite.job_search_sql import fts_query
from domain.query_aliases import AliasedWords, QueryAlias, query_aliases, with_aliases
from domain.search_text import searchable_text

NURSE = QueryAlias(("rn",), (("rn",), ("registered", "nurse")))
DRIVER = QueryAlias(("hgv", "driver"), (("hgv", "driver"), ("truck", "driver")))
HGV = QueryAlias(("hgv",), (("hgv",), ("cdl",)))


def test_the_longest_alias_takes_its_words_and_a_shorter_one_inside_it_is_not_applied():
    items = with_aliases(["HGV", "driver", "Leeds"], [DRIVER, HGV])
    assert items == [AliasedWords(("HGV", "driver"), DRIVER), "Leeds"]


def test_without_aliases_the_query_is_the_plain_phrases_as_before():
    assert fts_query("nurse icu") == '"nurse" "icu"*'


def _hits(match: str) -> list[str]:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(title, description, skills)")
    db.executemany("INSERT INTO t VALUES (?, ?, '')", [
        ("Registered Nurse", "ICU ward"), ("Truck Driver", "Texas routes"), ("Pastry Chef", "ICU canteen")])
    return [r[0] for r in db.execute("SELECT title FROM t WHERE t MATCH ? ORDER BY title", (match,))]


def test_an_alias_beside_other_words_is_valid_fts5_and_requires_them():
    assert _hits(fts_query("rn icu", [NURSE])) == ["Registered Nurse"]
    assert _hits(fts_query("rn texas", [NURSE])) == []
    assert _hits(fts_query("hgv driver", [DRIVER])) == ["Truck Driver"]


def test_a_named_field_holds_the_whole_alias():
    assert _hits(fts_query("title: rn", [NURSE])) == ["Registered Nurse"]
    assert _hits(fts_query("description: rn", [NURSE])) == []


def test_a_possessive_in_the_taxonomy_s_keys_is_spelled_as_the_index_spells_it():
    (alias,) = query_aliases("CDL", EmbeddedSkillExtractor())
    assert ("commercial", "drivers", "license") in alias.alternatives
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(title)")
    db.execute("INSERT INTO t VALUES (?)", (searchable_text("Commercial driver's license required"),))
    assert db.execute("SELECT count(*) FROM t WHERE t MATCH ?", (fts_query("CDL", [alias]),)).fetchone() == (1,)


def test_names_that_hold_the_words_themselves_are_left_out_and_so_is_an_alias_of_only_those():
    skills = EmbeddedSkillExtractor()
    (python,) = query_aliases("python", skills)
    assert ("python", "3") not in python.alternatives and ("py",) in python.alternatives
    assert query_aliases("java", skills) == []  # "core java", "java 8": every one holds "java"

"""A search naming an occupation widens to the occupation's other names only, never to a tool
spelled like one of its words (the configuration tool Chef, with names that do not hold
"chef"), nor to a skill whose short name is letters inside a word ("ci" of "ciężarówki").
On the SQLite query and the OpenSearch request, both built from the same aliases."""
from __future__ import annotations

import json
import sqlite3

import pytest

from adapters.aws.opensearch.queries import query_words, text_clauses
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from adapters.embedded.sqlite.job_search_sql import fts_query
from domain.query_aliases import query_aliases
from domain.search_text import searchable_text
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor

# Tools named by an occupation's word, each with a name that does not hold the word (as
# vendors rename them), and a tool named by no occupation's word.
TOOLS = TaxonomySkillExtractor(SkillTaxonomy(
    ["Chef", "Jenkins", "Puppet"],
    {"chef": (0, False), "opscode": (0, False), "chef infra": (0, False),
     "jenkins": (1, False), "hudson ci": (1, False), "puppet": (2, False), "puppet enterprise": (2, False)},
    [], [], kinds=[SkillKind.TOOL, SkillKind.TOOL, SkillKind.TOOL]))

JOBS = [
    ("Küchenchef (m/w/d)", "Leitung der Küche im Hotelrestaurant."),
    ("Head Chef", "Fine dining kitchen brigade."),
    ("DevOps Engineer", "Opscode cookbooks, Hudson CI pipelines and Terraform."),
]
DEVOPS = "DevOps Engineer"


def _found(query: str) -> set[str]:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(title, description, skills, tokenize = 'porter unicode61')")
    db.executemany("INSERT INTO t VALUES (?, ?, '')", [(searchable_text(t), searchable_text(d)) for t, d in JOBS])
    match = fts_query(query, query_aliases(query, TOOLS))
    return {r[0] for r in db.execute("SELECT title FROM t WHERE t MATCH ?", (match,))}


@pytest.mark.parametrize("query", ["Küchenchef", "Kuechenchef", "chef", "Chef", "head chef", "Küchen-Chef",
                                   "sous chef", "chef de cuisine", "executive chef"])
def test_a_cook_s_search_finds_no_job_by_the_tool_named_like_the_occupation(query):
    assert DEVOPS not in _found(query)


def test_the_occupation_s_names_still_meet_each_other():
    assert _found("Küchenchef") == {"Küchenchef (m/w/d)", "Head Chef"}
    assert _found("head chef") == {"Küchenchef (m/w/d)", "Head Chef"}


def test_a_tool_named_by_no_occupation_s_word_keeps_its_other_names():
    assert _found("jenkins") == {DEVOPS}


@pytest.mark.parametrize("query", ["chef", "Küchenchef", "head chef"])
def test_the_opensearch_request_holds_no_name_of_the_tool(query):
    words = query_words(query)
    assert words
    body = json.dumps(text_clauses(words.split(" "), query_aliases(query, TOOLS)))
    assert "opscode" not in body and "chef infra" not in body


@pytest.mark.parametrize(("query", "inside"), [("kierowca ciężarówki", ("ci",)), ("infirmière", ("re",)),
                                               ("kierowca ciężarówki", ("ar",))])
def test_letters_inside_a_word_name_no_skill(query, inside):
    assert inside not in {alias.words for alias in query_aliases(query, EmbeddedSkillExtractor())}

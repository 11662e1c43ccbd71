"""fts_query_shape reads the queries job_search_sql.fts_query writes, plain and with OR groups,
and nothing else (a form it does not know is ranked afresh after a change, never bounded)."""
from __future__ import annotations

import pytest

from adapters.embedded.sqlite.bm25_bound import phrases
from adapters.embedded.sqlite.fts_query_shape import QueryShape, query_shape
from adapters.embedded.sqlite.job_search_sql import fts_query
from domain.query_aliases import QueryAlias

HGV = QueryAlias(("hgv", "driver"), (("hgv", "driver"), ("lorry", "driver"), ("truck", "driver")))
PYTHON = QueryAlias(("python",), (("python",), ("py",), ("python3",)))


def test_a_plain_query_is_its_phrases_each_required():
    assert query_shape(fts_query("senior engineer") or "") == QueryShape(('"senior"', '"engineer"*'), (((0,),), ((1,),)))


def test_or_groups_are_read_in_fts5s_phrase_order():
    match = fts_query("hgv driver", [HGV])
    assert match == '(("hgv" AND "driver"*) OR "lorry driver" OR "truck driver")'
    assert query_shape(match) == QueryShape(('"hgv"', '"driver"*', '"lorry driver"', '"truck driver"'),
                                            (((0, 1), (2,), (3,)),))
    match = fts_query("python developer", [PYTHON])
    assert query_shape(match or "") == QueryShape(('"python"', '"py"', '"python3"', '"developer"*'),
                                                  (((0,), (1,), (2,)), ((3,),)))


def test_a_phrase_counts_only_where_its_branch_matches():
    shape = query_shape('(("hgv" AND "driver"*) OR "lorry driver")')
    assert shape is not None
    # Holds "hgv", not "driver": a hit through "lorry driver", with "hgv" not counted.
    assert shape.matches((2.0, 0.0, 1.0)) and shape.counted((2.0, 0.0, 1.0)) == (0.0, 0.0, 1.0)
    assert shape.counted((2.0, 1.0, 0.0)) == (2.0, 1.0, 0.0)
    assert not shape.matches((2.0, 0.0, 0.0))


@pytest.mark.parametrize("match", [
    'title : "nurse"', 'title : (("rn"*) OR "registered nurse")', '"a" OR "b"', '("a" OR "b") "c"',
    '(("a" OR "b"))', '"a" AND', '(("a") OR)', 'NOT "a"', '"a" NEAR "b"', '', '"a" AND ("b"', '(("a" AND "b" OR "c"))',
])
def test_other_forms_have_no_shape(match):
    assert query_shape(match) is None
    assert phrases(match) is None


def test_a_quote_inside_a_phrase_stays_in_it():
    assert phrases('(("say ""hi""") OR "b") AND "c"*') == ['"say ""hi"""', '"b"', '"c"*']

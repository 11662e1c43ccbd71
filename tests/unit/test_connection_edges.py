"""A page's edges encode their cursors only when a cursor is read, and what they encode is
the cursor a client pages with (the same text as before, pageInfo's ends included)."""
from __future__ import annotations

import base64
import json

import pytest

from domain.pagination import Page
from resolvers import cursors
from resolvers.types import common
from resolvers.types.common import connection_from_page


def _page() -> Page[str]:
    return Page(items=["a", "b", "c"], positions=[("2026-01-03", "a"), ("2026-01-02", "b"), ("2026-01-01", "c")])


def test_edges_encode_no_cursor_until_one_is_read(monkeypatch):
    encoded: list[tuple] = []

    def counting(list_name, position):
        encoded.append(position)
        return cursors.encode_cursor(list_name, position)

    monkeypatch.setattr(common, "encode_cursor", counting)
    connection = connection_from_page(_page(), str.upper, "searchJobs.newest", None)
    encoded.clear()  # pageInfo's two ends are encoded up front

    assert [edge.node for edge in connection.edges] == ["A", "B", "C"]
    assert encoded == []
    assert connection.edges[1].cursor == cursors.encode_cursor("searchJobs.newest", ("2026-01-02", "b"))
    assert encoded == [("2026-01-02", "b")]


def test_each_edge_cursor_is_the_position_of_its_item_and_page_info_names_the_ends():
    connection = connection_from_page(_page(), str.upper, "searchJobs.newest", None)
    decoded = [cursors.decode_cursor("searchJobs.newest", edge.cursor) for edge in connection.edges]
    assert decoded == [("2026-01-03", "a"), ("2026-01-02", "b"), ("2026-01-01", "c")]
    assert connection.page_info.start_cursor == connection.edges[0].cursor
    assert connection.page_info.end_cursor == connection.edges[-1].cursor


def test_an_empty_page_has_no_end_cursors():
    connection = connection_from_page(Page(items=[], positions=[]), str.upper, "searchJobs.newest", None)
    assert (connection.edges, connection.page_info.start_cursor, connection.page_info.end_cursor) == ([], None, None)


@pytest.mark.parametrize("position", [(0.1 + 0.2, "j1"), ("2026-01-01T00:00:00+00:00", "a/b+c")])
def test_the_shared_encoder_writes_what_json_dumps_wrote(position):
    text = "tg2:" + json.dumps(["x", list(position)], separators=(",", ":"), allow_nan=False)
    assert cursors.encode_cursor("x", position) == base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")

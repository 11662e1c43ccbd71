"""A page thinned after it was read (jobs past their closing time the sweep has not closed
yet) may come up short, even empty, beside `hasNextPage: true`: its `endCursor` still names
the last item read, so following it goes on past the items left out instead of asking the
same page again."""
from __future__ import annotations

from domain.pagination import Page, kept_on_page
from resolvers.cursors import decode_cursor
from resolvers.types.common import connection_from_page

LIST = "searchJobs"


def _read(ids: list[str], has_next: bool) -> Page[str]:
    return Page(items=ids, positions=[(i,) for i in ids], has_next=has_next, total=10)


def _end(page: Page[str], after: str | None = None) -> tuple[bool, object]:
    info = connection_from_page(page, str, LIST, after).page_info
    return info.has_next_page, info.end_cursor and decode_cursor(LIST, info.end_cursor)


def test_a_page_thinned_to_nothing_goes_on_after_the_last_item_read():
    thinned = kept_on_page(_read(["a", "b"], has_next=True), lambda item: False)
    assert thinned.items == []
    assert _end(thinned) == (True, ("b",))


def test_a_page_thinned_at_its_end_goes_on_after_the_last_item_read():
    thinned = kept_on_page(_read(["a", "b", "c"], has_next=True), lambda item: item != "c")
    assert thinned.items == ["a", "b"]
    assert _end(thinned) == (True, ("c",))


def test_a_page_not_thinned_ends_at_its_last_item_and_the_last_page_has_no_end():
    assert _end(kept_on_page(_read(["a"], has_next=True), lambda item: True)) == (True, ("a",))
    assert _end(kept_on_page(_read(["a"], has_next=False), lambda item: False)) == (False, None)

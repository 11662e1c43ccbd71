"""domain.place_first: a search met by a place or its words is two lists, the jobs in the place
then those only naming it, paged one after the other with the list's number in each position.
Over lists in memory: every page size, every item once and in order, totals of both lists, and
only the lists a page reaches are read."""
from __future__ import annotations

import pytest

from domain.errors import BadUserInput
from domain.jobs import JobFilter
from domain.pagination import Page, PageRequest
from domain.place_first import IN_PLACE, NAMING_IT, place_first_lists, place_first_page

BARE = JobFilter(location="Leeds", location_or_words="Leeds")


class _Lists:
    def __init__(self, in_place: list[str], naming: list[str]) -> None:
        self.lists = {False: in_place, True: naming}
        self.asked: list[tuple[bool, int]] = []

    async def search(self, job_filter: JobFilter, page: PageRequest) -> Page[str]:
        assert job_filter.location == "Leeds"
        naming = job_filter.words_outside_location
        assert (job_filter.location_or_words is None) is not naming
        self.asked.append((naming, page.first))
        items = self.lists[naming]
        start = 0 if page.after is None else items.index(str(page.after[0])) + 1
        rest = items[start:]
        kept = rest[:page.first]
        return Page(kept, [(item,) for item in kept], len(rest) > page.first, len(items) if page.want_total else 0)


def test_only_a_place_met_by_its_words_too_is_two_lists():
    assert place_first_lists(JobFilter(location="Leeds")) is None
    assert place_first_lists(BARE.model_copy(update={"words_outside_location": True})) is None
    in_place, naming = place_first_lists(BARE)
    assert (in_place.location, in_place.location_or_words, in_place.words_outside_location) == ("Leeds", None, False)
    assert (naming.location, naming.location_or_words, naming.words_outside_location) == ("Leeds", "Leeds", True)


@pytest.mark.parametrize("sizes", [(0, 0), (0, 3), (3, 0), (2, 2), (3, 4), (4, 3), (5, 5)])
@pytest.mark.parametrize("first", [1, 2, 3, 7])
async def test_pages_hold_every_item_once_the_place_s_first(sizes, first):
    lists = _Lists([f"p{i}" for i in range(sizes[0])], [f"w{i}" for i in range(sizes[1])])
    seen: list[str] = []
    after = None
    for _ in range(20):
        page = await place_first_page(lists.search, place_first_lists(BARE), PageRequest(first, after))
        assert page.total == sum(sizes) and len(page.items) <= first
        seen += page.items
        assert [p[0] for p in page.positions] == [IN_PLACE if i.startswith("p") else NAMING_IT for i in page.items]
        if not page.has_next:
            break
        assert len(page.items) == first
        after = page.positions[-1]
    assert seen == lists.lists[False] + lists.lists[True]


async def test_a_page_inside_the_first_list_reads_none_of_the_second_unless_counting():
    lists = _Lists(["p0", "p1", "p2"], ["w0"])
    await place_first_page(lists.search, place_first_lists(BARE), PageRequest(2, want_total=False))
    assert lists.asked == [(False, 2)]
    lists.asked.clear()
    page = await place_first_page(lists.search, place_first_lists(BARE), PageRequest(2, (NAMING_IT, "w0")))
    assert page.items == [] and page.total == 4 and lists.asked == [(False, 0), (True, 2)]


@pytest.mark.parametrize("after", [("x", "p0"), (2, "p0"), (True, "p0"), (1.0, "p0")])
async def test_a_position_of_another_list_is_the_caller_s_mistake(after):
    with pytest.raises(BadUserInput):
        await place_first_page(_Lists([], []).search, place_first_lists(BARE), PageRequest(2, after))

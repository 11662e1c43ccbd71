"""A town's bare name in a search's words ("Leeds", "cook Preston") is met by the jobs in the
town and by those whose text only holds the name (JobFilter.location_or_words). Someone who
typed a town's name most likely wants jobs there: those come first, then the jobs only naming
it. So such a search is two lists, one after the other, each paged inside its store in the
store's own order (best first, or newest first without other words):

- the jobs in the place (the filter without `location_or_words`: the place only);
- the jobs whose text holds the words and that are not in the place
  (`words_outside_location`), so no job is in both.

A position is the list's number (IN_PLACE or NAMING_IT) before the store's own position: a
page may end inside the first list and the next begin the second, and neither reads a job
twice or leaves one out. Only the lists a page reaches are read (the second from its start
when the first ends on the page); a total asked for counts both lists, each as its store
counts (bounded)."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from domain.jobs import JobFilter
from domain.pagination import Page, PageRequest, Position, foreign_position

T = TypeVar("T")

IN_PLACE, NAMING_IT = 0, 1

# One list's page: (the filter of that list, the request within it).
ListSearch = Callable[[JobFilter, PageRequest], Awaitable[Page[T]]]


def place_first_lists(job_filter: JobFilter) -> tuple[JobFilter, JobFilter] | None:
    """The two lists of a search met by a place or its words, in page order; None for any other
    filter (one list, as the store orders it)."""
    if not (job_filter.location and job_filter.location_or_words) or job_filter.words_outside_location:
        return None
    in_place = job_filter.model_copy(update={"location_or_words": None, "location_or_words_aliases": None})
    return in_place, job_filter.model_copy(update={"words_outside_location": True})


def _in_list(after: Position | None) -> tuple[int, Position | None]:
    if after is None:
        return IN_PLACE, None
    which = after[0] if after else None
    if not isinstance(which, int) or isinstance(which, bool) or which not in (IN_PLACE, NAMING_IT):
        raise foreign_position()
    return which, tuple(after[1:]) or None


def _tagged(which: int, page: Page[T]) -> list[Position]:
    return [(which, *position) for position in page.positions]


async def place_first_page(search: ListSearch[T], lists: tuple[JobFilter, JobFilter], page: PageRequest) -> Page[T]:
    """The page of `page` over the two lists: the jobs in the place, then those only naming it."""
    which, after = _in_list(page.after)
    in_place, naming_it = lists
    counted: list[Page[T]] = []
    items: list[T] = []
    positions: list[Position] = []
    if which == IN_PLACE:
        there = await search(in_place, PageRequest(page.first, after, page.want_total))
        counted.append(there)
        items += there.items
        positions += _tagged(IN_PLACE, there)
        if there.has_next:
            if page.want_total:  # the second list's count, no item of it
                counted.append(await search(naming_it, PageRequest(0, None, True)))
            return _joined(items, positions, True, counted, page.want_total)
        after = None
    elif page.want_total:
        counted.append(await search(in_place, PageRequest(0, None, True)))
    naming = await search(naming_it, PageRequest(page.first - len(items), after, page.want_total))
    counted.append(naming)
    items += naming.items
    positions += _tagged(NAMING_IT, naming)
    return _joined(items, positions, naming.has_next, counted, page.want_total)


def _joined(items: list[T], positions: list[Position], has_next: bool, counted: list[Page[T]],
            want_total: bool) -> Page[T]:
    corrected = next((p.corrected_query for p in counted if p.corrected_query is not None), None)
    if not want_total:
        return Page(items, positions, has_next, corrected_query=corrected)
    return Page(items, positions, has_next, sum(p.total for p in counted),
                any(p.total_is_estimate for p in counted), corrected_query=corrected)

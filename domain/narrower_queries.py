"""A query no job holds every word of, read again with the fewest words left out that finds jobs,
as search engines show "Missing: chef" rather than nothing: "pastry chef lisbon" finds no job
that says both pastry and chef, so "pastry lisbon" is searched and offered in its place.

Only a query of plain words is narrowed (no quotes, labels or operators: those say exactly
what is wanted). Later words are left out before earlier ones (a searcher types what matters
first), a place's words last of all, one word before two, and only so many searches are tried:
each is one more search of a first page that found nothing."""
from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

# Searches tried after the query as typed found nothing.
MOST_NARROWER_SEARCHES = 6
_PLAIN_WORD = re.compile(r"[^\W_][\w'’.+#&-]*")
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})


def _words(query: str) -> list[str] | None:
    words = query.split()
    if all(_PLAIN_WORD.fullmatch(w) and w not in _OPERATORS for w in words):
        return words
    return None


def without_words(query: str, left_out: frozenset[str]) -> str:
    """`query` with every word in `left_out` (folded) taken out, single spaces between the rest."""
    return " ".join(w for w in query.split() if w.casefold() not in left_out)


def narrower_queries(query: str, places: frozenset[str] = frozenset()) -> Iterator[tuple[str, frozenset[str]]]:
    """Each narrower query to try, in order, with the words (folded) it leaves out. `places`: the
    words the search read as a place, left out last (a place dropped lists jobs anywhere)."""
    words = _words(query)
    if words is None:
        return
    distinct = list(dict.fromkeys(w.casefold() for w in words))
    order = [w for w in reversed(distinct) if w not in places] + [w for w in reversed(distinct) if w in places]
    tried = 0
    for count in range(1, len(distinct)):
        for left_out in combinations(order, count):
            if tried == MOST_NARROWER_SEARCHES:
                return
            tried += 1
            yield without_words(query, frozenset(left_out)), frozenset(left_out)


def words_left_out(query: str, narrower: str) -> frozenset[str] | None:
    """The words narrower_queries left out of `query` to make `narrower`; None when `narrower`
    is no such query of `query`."""
    words = _words(query)
    if words is None:
        return None
    kept = {w.casefold() for w in narrower.split()}
    left_out = frozenset(w.casefold() for w in words) - kept
    if not left_out or not kept or without_words(query, left_out) != narrower:
        return None
    return left_out

"""A search that found nothing because a word is misspelled ("acountant", "nurce") is run
again with the words the index holds nearest to it (domain.spelling), and says so.

Only a first page that found nothing asks: every word of a query is required, so a word the
index does not hold always finds nothing, and a search that found anything has no such word.
A query whose words are all held is never changed, and costs nothing beyond the search it is.
The corrected query is searched exactly as if it had been typed (JobService.search runs it
through the same reading of words and places), so resubmitting it shows the same page; and
it is offered only when that search finds something. Later pages follow the correction their
cursor names (resolvers.cursors), never a correction worked out afresh."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

from domain.jobs import Job
from domain.pagination import Page
from domain.ports.jobs import JobRepository
from domain.ports.search_spelling import CorrectsSpelling
from domain.search_text import search_terms
from domain.spelling import changed_words, corrected_text


def found_nothing(found: Page[Job]) -> bool:
    # An empty page beside a total is the end of a list that has hits (or first: 0).
    return not found.items and not found.total


async def correction_of(jobs: JobRepository, typed: str, text: str) -> str | None:
    """`typed` with the words of `text` the index does not hold read as the nearest it does;
    None when no word changes."""
    if not isinstance(jobs, CorrectsSpelling):
        return None
    corrections = await jobs.spelling_corrections(search_terms(text))
    if not corrections or corrected_text(text, corrections) == text:
        return None  # (the second: a word only the index's spelling has, "cplusplus" of "C++")
    corrected = corrected_text(typed, corrections)
    return corrected if corrected != typed else None


async def as_corrected(found: Page[Job], typed: str | None, text: str | None, first_page: bool,
                       search: Callable[[str], Awaitable[Page[Job]]]) -> Page[Job]:
    """A page an index read with a few edits allowed, naming the words it read (`found.corrected_query`,
    of `text`: the AWS backend's OpenSearch): offered as the embedded correction is, as `typed`
    with those words corrected, searched exactly (`search`) and finding something; else the
    page as found, with no claim. Later pages follow their cursor's correction, if any."""
    plain = replace(found, corrected_query=None)
    if not typed or not text or not found.corrected_query or not first_page:
        return plain
    changes = changed_words(text, found.corrected_query)
    if not changes:
        return plain
    fixed = corrected_text(typed, changes)
    if fixed == typed:
        return plain
    again = await search(fixed)
    # Items, not a total: a store whose count lags its page (an index being refreshed) could
    # count what it no longer lists.
    if again.corrected_query is None and again.items:
        return replace(again, corrected_query=fixed)
    return plain

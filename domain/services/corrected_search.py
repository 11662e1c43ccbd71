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

from domain.jobs import Job
from domain.pagination import Page
from domain.ports.jobs import JobRepository
from domain.ports.search_spelling import CorrectsSpelling
from domain.search_text import search_terms
from domain.spelling import corrected_text


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

"""A search that found nothing because a word is misspelled ("acountant", "nurce") is run
again with the words the index holds nearest to it (domain.spelling), and says so.

Only a search that found nothing asks: every word of a query is required, so a word the index
does not hold always finds nothing, and a search that found anything has no such word. A
query whose words are all held is never changed, and costs nothing beyond the search it is:
its hits are exact by definition, so exact hits always come before corrected ones (a
corrected search only runs where there were none)."""
from __future__ import annotations

from dataclasses import replace

from domain.jobs import Job, JobFilter
from domain.pagination import Page, PageRequest
from domain.ports.documents import SkillExtractor
from domain.ports.jobs import JobRepository
from domain.ports.search_spelling import CorrectsSpelling
from domain.query_aliases import query_aliases
from domain.search_text import search_terms
from domain.spelling import corrected_text


def found_nothing(found: Page[Job]) -> bool:
    # An empty page beside a total is the end of a list that has hits (or first: 0).
    return not found.items and not found.total


async def searched_again_if_misspelled(
    jobs: JobRepository, skills: SkillExtractor, typed: str, text: str, job_filter: JobFilter, page: PageRequest,
    found: Page[Job],
) -> Page[Job]:
    """`found` (for `text`, the words of `typed`), or, when it is empty and some words are not
    in the index, the search with them corrected, its page naming `typed` as corrected."""
    if not found_nothing(found) or not isinstance(jobs, CorrectsSpelling):
        return found
    corrections = await jobs.spelling_corrections(search_terms(text))
    if not corrections:
        return found
    corrected = corrected_text(text, corrections)
    if corrected == text:  # a word only the index's spelling has ("cplusplus" of "C++")
        return found
    text = corrected
    job_filter = job_filter.model_copy(update={"query_aliases": query_aliases(text, skills)})
    again = await jobs.search(text, job_filter, page)
    return replace(again, corrected_query=corrected_text(typed, corrections))

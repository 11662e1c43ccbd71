"""When a search is run again with its spelling corrected (domain.services.corrected_search):
only after it found nothing, and then with the corrected words, saying so."""
from __future__ import annotations

from domain.jobs import JobFilter
from domain.pagination import Page, PageRequest
from domain.services.corrected_search import searched_again_if_misspelled


class _NoSkills:
    def mentions(self, text, *, skills_context=False):  # a query names no skill here: no aliases
        return []


class _Index:
    def __init__(self, holds: dict[str, list[str]], corrections: dict[str, str]) -> None:
        self.holds, self.corrections, self.asked, self.searched = holds, corrections, 0, []

    async def spelling_corrections(self, terms):
        self.asked += 1
        return {t.word: self.corrections[t.word.lower()] for t in terms if t.word.lower() in self.corrections}

    async def search(self, query, job_filter, page):
        self.searched.append(query)
        found = self.holds.get(query, [])
        return Page(found, [(i,) for i, _ in enumerate(found)], total=len(found))


async def _search(index: _Index, typed: str) -> Page:
    first = await index.search(typed, JobFilter(), PageRequest())
    return await searched_again_if_misspelled(index, _NoSkills(), typed, typed, JobFilter(), PageRequest(), first)


async def test_a_search_that_found_something_is_never_corrected_nor_asks_the_vocabulary():
    index = _Index({"nurse": ["j1"]}, {"nurse": "purse"})
    page = await _search(index, "nurse")
    assert (page.items, page.corrected_query, index.asked, index.searched) == (["j1"], None, 0, ["nurse"])


async def test_a_search_that_found_nothing_runs_again_with_the_words_corrected_and_says_so():
    index = _Index({"accountant leeds": ["j2"]}, {"acountant": "accountant"})
    page = await _search(index, "Acountant leeds")
    assert (page.items, page.corrected_query) == (["j2"], "accountant leeds")
    assert index.searched == ["Acountant leeds", "accountant leeds"]


async def test_nothing_to_correct_or_a_correction_that_changes_no_word_keeps_the_empty_page():
    for corrections in ({}, {"cplusplus": "cplusplu"}):
        index = _Index({}, corrections)
        page = await _search(index, "C++ developer")
        assert (page.items, page.corrected_query, index.searched) == ([], None, ["C++ developer"])

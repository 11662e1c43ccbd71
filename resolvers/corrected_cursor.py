"""searchJobs' pages of a search read with its spelling corrected, or with words left out
(domain.narrower_queries): the first page's cursors name the corrections or the words left out
(resolvers.cursors.corrected_list, narrower_list), and a later page searches exactly the query
they make of `query`, never one worked out afresh (the index's words change)."""
from __future__ import annotations

from domain.errors import BadUserInput
from domain.narrower_queries import without_words, words_left_out
from domain.spelling import changed_words, corrected_text
from resolvers.cursors import corrected_list, correction_in_cursor, left_out_in_cursor, narrower_list


def cursor_correction(list_name: str, query: str | None, after: str | None) -> tuple[str, str | None]:
    """The list `after` belongs to and the corrected query it names (None: the list as typed)."""
    if not after or not query:
        return list_name, None
    left_out = left_out_in_cursor(list_name, after)
    if left_out is not None:
        narrower = without_words(query, left_out)
        if words_left_out(query, narrower) != left_out:
            raise BadUserInput(
                "`after` is a cursor of a search that left out words this `query` does not have: a search's pages"
                " follow its own `query`. Pass `pageInfo.endCursor` from the previous page of this same search,"
                " or leave `after` out to start again from the first page.",
                argument="after",
            )
        return narrower_list(list_name, left_out), narrower
    corrections = correction_in_cursor(list_name, after)
    if corrections is None:
        return list_name, None
    corrected = corrected_text(query, corrections)
    if changed_words(query, corrected) != {word.casefold(): right for word, right in corrections.items()}:
        raise BadUserInput(
            "`after` is a cursor of a corrected search for other words: a search's pages follow its own `query`."
            " Pass `pageInfo.endCursor` from the previous page of this same search, or leave `after` out to start"
            " again from the first page.",
            argument="after",
        )
    return corrected_list(list_name, corrections), corrected


def page_list(list_name: str, query: str | None, corrected_query: str | None) -> str:
    """The list a page's cursors name: the corrected list when the page was read corrected."""
    if not query or not corrected_query:
        return list_name
    changed = changed_words(query, corrected_query)
    if changed:
        return corrected_list(list_name, changed)
    left_out = words_left_out(query, corrected_query)
    return narrower_list(list_name, left_out) if left_out else list_name

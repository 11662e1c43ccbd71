"""searchJobs' pages of a search read with its spelling corrected: the first page's cursors
name the corrections (resolvers.cursors.corrected_list), and a later page searches exactly the
query they make of `query`, never a correction worked out afresh (the index's words change)."""
from __future__ import annotations

from domain.errors import BadUserInput
from domain.spelling import changed_words, corrected_text
from resolvers.cursors import corrected_list, correction_in_cursor


def cursor_correction(list_name: str, query: str | None, after: str | None) -> tuple[str, str | None]:
    """The list `after` belongs to and the corrected query it names (None: the list as typed)."""
    corrections = correction_in_cursor(list_name, after) if after and query else None
    if corrections is None or not query:
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
    changed = changed_words(query, corrected_query) if query and corrected_query else None
    return corrected_list(list_name, changed) if changed else list_name

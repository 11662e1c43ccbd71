"""Port: what a text index can say about the words it holds, for typo tolerance."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from domain.search_text import SearchTerm


@runtime_checkable
class CorrectsSpelling(Protocol):
    async def spelling_corrections(self, terms: Sequence[SearchTerm]) -> dict[str, str]:
        """For each of `terms` the index does not hold (a prefix term: no held word starts
        with it), the nearest word it does hold, by domain.spelling's rules, as a word to
        search for; terms it holds, and terms with no near word, are left out. {} where the
        index corrects spelling inside its own query (OpenSearch's fuzziness)."""
        ...

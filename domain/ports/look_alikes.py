"""Port of the Unicode script and confusable ("look-alike") tables an organization's name is
checked against. An adapter reads them from a library that ships Unicode's data
(adapters/look_alikes); the policy of what to refuse is the domain's (domain.organization_names)."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol


class LookAlikeLetters(Protocol):
    def scripts(self, text: str) -> frozenset[str]:
        """The scripts of the characters of `text` ("LATIN", "CYRILLIC"), leaving out those
        every script shares (digits, punctuation, spaces)."""
        ...

    def passes_for(self, character: str, scripts: Iterable[str]) -> str | None:
        """A letter of one of `scripts` that `character`, of another script, can be taken for
        ("A" for CYRILLIC CAPITAL LETTER A among LATIN); None when it looks like none of them."""
        ...

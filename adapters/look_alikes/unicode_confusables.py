"""The look-alike letters port on confusable_homoglyphs, which ships Unicode's Scripts.txt and
confusables.txt (UTS #39) as data. Imported when a name is first checked, not at start-up: the
library reads its ~1 MB table at import."""
from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType

_SHARED = "COMMON"  # digits, punctuation and spaces: every script's


def _library() -> tuple[ModuleType, ModuleType]:
    from confusable_homoglyphs import categories, confusables

    return categories, confusables


class UnicodeConfusables:
    def scripts(self, text: str) -> frozenset[str]:
        categories, _ = _library()
        return frozenset(categories.unique_aliases(text)) - {_SHARED}

    def passes_for(self, character: str, scripts: Iterable[str]) -> str | None:
        categories, confusables = _library()
        wanted = {s.upper() for s in scripts}
        found = confusables.is_confusable(character, greedy=True, preferred_aliases=sorted(wanted))
        for entry in found or []:
            for glyph in entry["homoglyphs"]:
                if all(categories.alias(ch) in wanted for ch in glyph["c"]):
                    return str(glyph["c"])
        return None

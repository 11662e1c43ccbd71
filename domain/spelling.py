"""Typo tolerance as search engines have it: a word nothing holds is read as the nearest word
something does hold, within a bounded number of edits (insertions, deletions, substitutions),
the more frequent word first.

The bounds are OpenSearch's `fuzziness: AUTO:4,8` (the AWS backend asks for exactly that):
words of fewer than 4 letters are never corrected (one edit turns "cook" into "book", "rn"
into anything), from 4 letters one edit, from 8 two. As there, the first letter is taken as
typed (`prefix_length` 1): people rarely mistype it, and it keeps the words to compare few.
Edit distances are rapidfuzz's (Levenshtein), not a hand-written one."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

ONE_EDIT_FROM = 4
TWO_EDITS_FROM = 8


def edits_allowed(word: str) -> int:
    """How many edits a word typed may be from what it meant; 0 for short words, numbers, and
    words with digits (a postcode or "5G" is typed as meant)."""
    if not word.isalpha():
        return 0
    return 2 if len(word) >= TWO_EDITS_FROM else 1 if len(word) >= ONE_EDIT_FROM else 0


@dataclass(frozen=True)
class IndexedTerm:
    """A word as an index holds it, with the number of rows holding it."""

    term: str
    rows: int


def nearest_term(term: str, edits: int, vocabulary: Sequence[IndexedTerm]) -> IndexedTerm | None:
    """The held term nearest `term` within `edits`, starting with its letter: the fewest edits
    first, then the most rows (a common word is the likelier meaning), then alphabetical so the
    answer does not depend on the vocabulary's order. None when none is that near."""
    found = near_terms(term, edits, vocabulary, limit=1)
    return found[0][0] if found else None


def near_terms(term: str, edits: int, vocabulary: Sequence[IndexedTerm], limit: int = 16) -> list[tuple[IndexedTerm, int]]:
    """Up to `limit` held terms within `edits` of `term`, starting with its letter, each with
    its edits, in nearest_term's order (the caller may still drop some: those no visible row holds)."""
    if edits <= 0 or not term:
        return []
    near = [v for v in vocabulary if v.term[:1] == term[:1] and v.term != term and abs(len(v.term) - len(term)) <= edits]
    found = process.extract(term, [v.term for v in near], scorer=Levenshtein.distance, score_cutoff=edits, limit=None)
    found.sort(key=lambda hit: (hit[1], -near[hit[2]].rows, hit[0]))
    return [(near[hit[2]], int(hit[1])) for hit in found[:limit]]


def nearest_names(name: str, names: Sequence[str], limit: int = 3, edits: int | None = None) -> list[str]:
    """Up to `limit` of `names` nearest `name` (compared as given: fold both first), the fewest
    edits first, then the most letters in common; within `edits` when given, else within a third of the name's length (at least
    two), so that a suggestion is a likely meaning rather than merely the least unlike."""
    bound = edits if edits is not None else max(2, len(name) // 3)
    found = process.extract(name, names, scorer=Levenshtein.distance, score_cutoff=bound, limit=None)
    # Among names as many edits away, the one sharing more of its letters ("london" over "lndn").
    found.sort(key=lambda hit: (hit[1], -fuzz.ratio(name, hit[0]), hit[2]))
    return list(dict.fromkeys(hit[0] for hit in found))[:limit]


def corrected_text(text: str, corrections: Mapping[str, str]) -> str:
    """`text` with each whole word of `corrections` (any case) replaced by its correction; the
    rest as typed, labels and punctuation included."""
    if not corrections:
        return text
    folded = {word.casefold(): right for word, right in corrections.items()}
    pattern = re.compile(r"\b(" + "|".join(re.escape(word) for word in sorted(folded, key=len, reverse=True)) + r")\b",
                         re.IGNORECASE)
    return pattern.sub(lambda m: folded[m.group(1).casefold()], text)


_WORDS = re.compile(r"(\w+)")


def changed_words(typed: str, corrected: str) -> dict[str, str] | None:
    """The words corrected_text changed to make `corrected` of `typed` (typed word, folded ->
    its correction); None when `corrected` is no such correction of `typed`: other separators,
    another number of words, or a changed word that could not have been corrected."""
    before, after = _WORDS.split(typed), _WORDS.split(corrected)
    if len(before) != len(after) or before[::2] != after[::2]:
        return None
    changed: dict[str, str] = {}
    for old, new in zip(before[1::2], after[1::2], strict=True):
        if old == new:
            continue
        if not edits_allowed(old) or not new.isalpha() or changed.get(old.casefold(), new) != new:
            return None
        changed[old.casefold()] = new
    return changed or None

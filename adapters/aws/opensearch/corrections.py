"""Which words a search run again with a few edits allowed (queries.search_body's `fuzzy`) was
met by: OpenSearch's highlighter marks, in each hit it found, the words its query matched, so
the spelling it read a typed word as is the marked word within that word's edits (domain.spelling:
the fewest edits first, then the one more hits hold). Only hits answer, so only jobs the search
may show (its filters applied: open ones, the organization asked for) lend a correction.

These are the corrections to the words as the index was asked for them; JobService.search
carries them over to the query as typed and searches that exactly, as the embedded index's
correction is searched (domain/services/corrected_search.py)."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from adapters.aws.opensearch.mapping import TEXT_FIELDS
from domain.skills import folded
from domain.spelling import IndexedTerm, corrected_text, edits_allowed, nearest_term

# Private-use characters: no job's text holds them, so a marked word is never misread.
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
_MARKED = re.compile(f"{MARK_OPEN}(.*?){MARK_CLOSE}", re.DOTALL)
_WORD = re.compile(r"\w+", re.UNICODE)


def highlight() -> dict[str, Any]:
    """The highlight asked for beside the search again: the matched words of every text field."""
    fields: dict[str, dict[str, Any]] = {field.split("^")[0]: {} for field in TEXT_FIELDS}
    return {"fields": fields, "pre_tags": [MARK_OPEN], "post_tags": [MARK_CLOSE], "number_of_fragments": 5,
            "fragment_size": 120}


def matched_words(hit: dict[str, Any]) -> set[str]:
    """The words a hit's highlight marks, folded as the index's analyzer folds them."""
    found: set[str] = set()
    for fragments in (hit.get("highlight") or {}).values():
        for fragment in fragments:
            for marked in _MARKED.findall(fragment):
                found.update(folded(word) for word in _WORD.findall(marked))
    return found


def corrections(words: str, hits: Sequence[dict[str, Any]]) -> dict[str, str]:
    """The typed words (`words`, as the index was asked, space-separated) the hits met only as
    another word a few edits away, each with that word. A word a hit holds as typed is no
    correction, nor the last word met as a prefix ("accountan" of "accountant")."""
    held = Counter(word for hit in hits for word in matched_words(hit))
    vocabulary = [IndexedTerm(word, rows) for word, rows in held.items()]
    typed = words.split(" ")
    found: dict[str, str] = {}
    for position, word in enumerate(typed):
        key, edits = folded(word), edits_allowed(word)
        if not edits or key in held:
            continue
        last = position == len(typed) - 1
        near = [term for term in vocabulary if not (last and term.term.startswith(key))]
        nearest = nearest_term(key, edits, near)
        if nearest is not None:
            found[word.casefold()] = nearest.term
    return found


def corrected_query(query: str, words: str, hits: Sequence[dict[str, Any]]) -> str | None:
    """`query` (the index was asked for its `words`) with the corrections the hits show; None
    when they show none."""
    fixed = corrections(words, hits)
    text = corrected_text(query, fixed) if fixed else query
    return text if text != query else None

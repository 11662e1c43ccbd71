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
    return set(written_words(hit))


def written_words(hit: dict[str, Any]) -> dict[str, str]:
    """The words a hit's highlight marks, folded (as the index's analyzer folds them) to the
    first way the hit writes each, lower-cased with its accents ("cuisiniere": "cuisinière")."""
    found: dict[str, str] = {}
    for fragments in (hit.get("highlight") or {}).values():
        for fragment in fragments:
            for marked in _MARKED.findall(fragment):
                for word in _WORD.findall(marked):
                    found.setdefault(folded(word), word.lower())
    return found


def _spelling(forms: Counter[str]) -> str:
    """The way most hits write a word; among as many, one with its accents (a folded form
    is what a writer without the key typed), then the first alphabetically."""
    return min(forms, key=lambda form: (-forms[form], form.isascii(), form))


def corrections(words: str, hits: Sequence[dict[str, Any]]) -> dict[str, str]:
    """The typed words (`words`, as the index was asked, space-separated) the hits met only as
    another word a few edits away, each with that word as the hits write it (accents kept: the
    index compares words folded, the correction offers them as written). A word a hit holds as
    typed is no correction, nor the last word met as a prefix ("accountan" of "accountant")."""
    held: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    for hit in hits:
        for key, form in written_words(hit).items():
            held[key] += 1
            forms.setdefault(key, Counter())[form] += 1
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
            found[word.casefold()] = _spelling(forms[nearest.term])
    return found


def corrected_query(query: str, words: str, hits: Sequence[dict[str, Any]]) -> str | None:
    """`query` (the index was asked for its `words`) with the corrections the hits show; None
    when they show none."""
    fixed = corrections(words, hits)
    text = corrected_text(query, fixed) if fixed else query
    return text if text != query else None

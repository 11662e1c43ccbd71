"""Duties written as a noun of action with its object at the head of a clause ("Preparation of
month-end accounts", "Maintenance of the fleet's records", "Review of supplier invoices"):
the span a labelled job ad marks, as "Prepare month-end accounts" would be."""
from __future__ import annotations

import re

# Endings of nouns that name an action (preparation, management, maintenance, analysis).
_ACTION_NOUN = r"[A-Za-z]{3,}(?:tion|sion|ment|ance|ence|ysis|ing)"
# The clause opens at the start of the text or after a stop, a colon, a semicolon or a bullet.
_OPENING = r"(?:^|(?<=[.;:•·▪*(\n])\s*|(?<=[.;:•·▪*(\n]))"
_HEAD = re.compile(_OPENING + r"(" + _ACTION_NOUN + r")\s+of\s+", re.MULTILINE)
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*|[^\sA-Za-z0-9]")
# Words that end the object: a verb of the sentence, an adjunct, a relative clause.
_ENDS = frozenset(
    "is are was were be will would can could should must may to for with within across in at from by "
    "including which who that as while when where so such using via per required essential desirable "
    "preferred through into onto on under over after before during against about".split())
# Nouns of the same shape that ask for knowledge or describe, never a duty ("Experience of ...").
_NOT_DUTIES = frozenset("experience understanding knowledge background competence confidence excellence presence "
                        "reference preference difference licence licencing evidence something anything "
                        "everything nothing morning evening".split())
_TRAILING = frozenset("a an the and or of all any your our their".split())
MAX_OBJECT_WORDS = 8


def duty_noun_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each noun-of-action duty with its object."""
    out = []
    for head in _HEAD.finditer(text):
        if head.group(1).lower() in _NOT_DUTIES:
            continue
        words: list[re.Match[str]] = []
        for m in _WORD.finditer(text, head.end()):
            if not m.group()[0].isalnum() or m.group().lower() in _ENDS or len(words) == MAX_OBJECT_WORDS \
                    or _run_on(words, m.group()):
                break
            words.append(m)
        while words and words[-1].group().lower() in _TRAILING:
            words.pop()
        if words:
            out.append((head.start(1), words[-1].end()))
    return out


def _run_on(words: list[re.Match[str]], word: str) -> bool:
    """"cost targets Supplier management": a capital after a lower-case word is the next line's
    item run on where the line break was lost."""
    last = words[-1].group() if words else ""
    return word[:1].isupper() and last[:1].islower() and last.lower() not in _TRAILING

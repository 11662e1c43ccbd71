"""Words that name what a person is at work ("hygienist", "welder", "pilot"): the head nouns
of ESCO's occupations, so that a job title of any profession reads as a title, not only the
titles of the professions someone thought of."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_FILES = (Path(__file__).with_name("occupation_heads.txt"),
          Path(__file__).with_name("occupation_heads_other_languages.txt"))
# A word with its accents ("infirmière", "verkäufer"), or joined by a hyphen ("aide-soignante")
_WORD = re.compile(r"[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)*")


@cache
def occupation_heads() -> frozenset[str]:
    lines = [line for f in _FILES for line in f.read_text(encoding="utf-8").splitlines()]
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def occupation_words(text: str) -> set[str]:
    """The occupation head nouns a line holds, singular or plural ("Welders' Assistant")."""
    heads = occupation_heads()
    out = set()
    for word in _WORD.findall(text.lower()):
        for form in (word, word.removesuffix("s")):
            if form in heads:
                out.add(form)
    return out

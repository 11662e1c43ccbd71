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


# The endings of English nouns for people at work ("Fabricator", "Joiner", "Technologist"):
# a word so ending after an occupation is a second title, not a name.
AGENT_ENDING = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|wright|smith|maker|ee|ive|ic|ain|ary|ess)s?$", re.I)
_CAPITALISED_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'-]*")


@cache
def _heads_in(files: tuple[Path, ...]) -> frozenset[str]:
    lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def occupation_heads() -> frozenset[str]:
    return _heads_in(_FILES)


def occupation_words(text: str) -> set[str]:
    """The occupation head nouns a line holds, singular or plural ("Welders' Assistant")."""
    heads = occupation_heads()
    out = set()
    for word in _WORD.findall(text.lower()):
        for form in (word, word.removesuffix("s"), *_without_a_possessive(word)):
            if form in heads:
                out.add(form)
    return out


# Turkish names a job by a compound whose head takes the possessive ending ("TIR Şoförü",
# "Satış Temsilcisi", "Muhasebe Uzmanı"): the occupation's word is the head without it.
_TURKISH_POSSESSIVE = re.compile(r"(?<=[^\W\d_]{3})(?:s?[ıiuü])$")


def _without_a_possessive(word: str) -> tuple[str, ...]:
    m = _TURKISH_POSSESSIVE.search(word) if len(word) >= 5 else None
    return (word[:m.start()],) if m else ()


def occupation_words_as_titles(text: str) -> set[str]:
    """The occupation words of a line less those that open a name: an English occupation word
    followed by a capitalised word that names no one at work ("Baker McKenzie", "Mason Frank
    International", "Cook Medical") is the surname the firm was named after. English titles end
    in their occupation ("Pastry Baker", "Welder Fabricator")."""
    english = _heads_in(_FILES[:1])
    words = text.split()
    named = set()
    for word, following in zip(words, words[1:], strict=False):
        head = word.lower().strip(",.:;")
        if head in english and not word.endswith((",", ":", ";")) and _CAPITALISED_WORD.fullmatch(following) \
                and not occupation_words(following) and not AGENT_ENDING.search(following):
            named.add(head)
    as_titles = [w for w in words if w.lower().strip(",.:;") not in named]
    return occupation_words(" ".join(as_titles)) if named else occupation_words(text)

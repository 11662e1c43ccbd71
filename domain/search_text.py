"""What a person types into a job search, read as words (never as a search engine's syntax),
and the same spelling rules applied to the text that is searched.

Word tokenizers split on punctuation, so "C++", "C#" and ".NET" would be indexed and searched as
"c" and "net": a search for C++ then matched every word starting with c. Skill names made of a
word and such punctuation are therefore spelled as one word on both sides ("cplusplus",
"csharp", "dotnet"); the rules are by shape, not a list of languages.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from domain.errors import BadUserInput

MAX_TERMS = 32

# The searchable fields a person may name, as "title: nurse"; "skill" is a natural alias.
FIELD_NAMES = {"title": "title", "description": "description", "skills": "skills", "skill": "skills"}

# Each rule finds its punctuation first (a literal, which the regex engine searches for fast)
# and then looks at the character before it: a lookbehind first cost ~0.8 ms per 1 KB ad.
# C++, G++, Notepad++ (then C++11 stays one word: "cplusplus11").
_PLUS_PLUS = re.compile(r"\+\+")
# C#, F#, J#, Q#: one or two letters and a sharp, alone (a hashtag is "#word", not this).
_SHARP = re.compile(r"#(?![\w#])")
_SHARP_NAME = re.compile(r"(?:^|[^\w#])[^\W\d_]{1,2}\Z")
# ASP.NET, VB.NET, ADO.NET: the framework's name joined to another by a dot.
_JOINED_DOTNET = re.compile(r"\.(net)\b", re.IGNORECASE)
# .NET, .htaccess: a word that starts with a dot (a sentence's full stop follows a word).
_LEADING_DOT = re.compile(r"\.(?=[^\W\d_])")
# O'Brien, nurse's: one word, not a word and a stray letter.
_APOSTROPHE = re.compile(r"['’](?=[^\W\d_])")


def _before(text: str, at: int) -> str:
    return text[at - 1] if at > 0 else ""


def _letter(ch: str) -> bool:
    return ch.isalpha()


def _word_char(ch: str) -> bool:
    return ch.isalnum()


_FIELD_LABEL = re.compile(
    r"(?<!\w)[{(\[]?\s*(" + "|".join(FIELD_NAMES) + r")\s*[})\]]?\s*:", re.IGNORECASE
)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class SearchTerm:
    """One word every hit must hold, as the index spells it; in `field` only when named;
    `prefix` when the word may still be being typed (the last one)."""

    word: str
    field: str | None = None
    prefix: bool = False


def searchable_text(text: str) -> str:
    """`text` with punctuated skill names spelled as single words (for the index and queries)."""
    text = unicodedata.normalize("NFKC", text)
    if "'" in text or "’" in text:
        text = _APOSTROPHE.sub(lambda m: "" if _letter(_before(m.string, m.start())) else m.group(), text)
    if "." in text:
        text = _JOINED_DOTNET.sub(
            lambda m: " dot" + m.group(1) if _word_char(_before(m.string, m.start())) else m.group(), text)
        text = _LEADING_DOT.sub(
            lambda m: m.group() if _word_char(ch := _before(m.string, m.start())) or ch in (".", "_") else "dot", text)
    if "#" in text:
        text = _SHARP.sub(
            lambda m: "sharp" if _SHARP_NAME.search(m.string, max(0, m.start() - 3), m.start()) else m.group(), text)
    if "++" in text:
        text = _PLUS_PLUS.sub(lambda m: "plusplus" if _word_char(_before(m.string, m.start())) else m.group(), text)
    return text


def search_terms(text: str) -> list[SearchTerm]:
    """The words of a query, each required. Punctuation only separates words, so nothing a
    person types is read as an operator; "field: words" limits the words after it to that
    field. The last word is a prefix unless it is a single character, which as a prefix
    would match a large share of all words."""
    terms: list[SearchTerm] = []
    field: str | None = None
    position = 0
    spelled = searchable_text(text)
    for label in [*_FIELD_LABEL.finditer(spelled), None]:
        end = label.start() if label else len(spelled)
        terms.extend(SearchTerm(w, field) for w in _WORD.findall(spelled[position:end]))
        if label:
            field = FIELD_NAMES[label.group(1).lower()]
            position = label.end()
    terms = [t for t in terms if t.word.strip("_")][:MAX_TERMS]
    if terms and len(terms[-1].word) > 1:
        terms[-1] = SearchTerm(terms[-1].word, terms[-1].field, prefix=True)
    return terms


def wordy_query(text: str | None) -> str | None:
    """A query as typed, refused when it holds no letter or digit at all (only emoji, symbols or
    punctuation): nothing is searched for then, and finding nothing would read as "no such job"
    when the search never ran. Blank is no query (None), as an empty search box sends."""
    if text and text.strip() and not any(ch.isalnum() for ch in text):
        raise BadUserInput(
            f"`query` has no words to search for: {text[:40]!r} has no letters or digits, and emoji, symbols and"
            " punctuation are not searched. Type words such as nurse or truck driver, or leave `query` out to list"
            " every job.",
            field="query",
        )
    return text


def _literal_spellings() -> tuple[tuple[str, str], ...]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    sharp = [(f"{c}#", f"{c}sharp") for c in letters + letters.upper()]
    # A space before "dotnet": ASP.NET is two words here too ("ASP dotnet").
    dotnet = [(f".{net}", " dotnet") for net in ("net", "NET", "Net")]
    return (("++", "plusplus"), *sharp, *dotnet)


# The rules above as literal replacements, for a search engine that can only map strings
# (OpenSearch's `mapping` char_filter) and must read the indexed text as the queries are
# spelled. Literal, so narrower than the rules: two-letter sharp names ("VB#") are left out,
# and "abc#" would read as "abcsharp"; tests/unit/test_search_text.py holds each to the rules.
LITERAL_SPELLINGS: tuple[tuple[str, str], ...] = _literal_spellings()

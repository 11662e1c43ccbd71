"""The words of a text as skill names are looked up by: tokens of any script, accents folded.

One concept shared by the taxonomy, its extractor and every reader of skill names (matching,
job ads, titles): the lookup key of a name (normalise, alias_key) and the breaks a name never
spans (PHRASE_BREAK)."""
from __future__ import annotations

import re
import unicodedata

# Letters of any script written with spaces between words: an ASCII-only class cut "Rozbiór"
# into "rozbi" and "r" (the R language). Scripts written without spaces (Han, kana, Hangul,
# Thai, Lao, Khmer, Myanmar) stay outside words, so "熟悉Java和Python" still names Java and Python.
_UNSPACED = ("\u0E00-\u0EFF\u1000-\u109F\u1100-\u11FF\u1780-\u17FF\u3040-\u30FF\u3100-\u312F"
             "\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF66-\uFF9F")
_LETTER = rf"[^\W_{_UNSPACED}]"
WORD_TOKEN = re.compile(rf"{_LETTER}+[+#]*|(?<!{_LETTER})\.net\b", re.I)
# Breaks between phrases: a skill never spans one of these.
PHRASE_BREAK = re.compile(r"[,;|•●❖▪■◆➢►✓\n()\[\]{}]|:\s|\.\s|\s[-–—]\s|\.$")
# An ampersand between words is the word "and" ("Health & Social Care", "Moving & Handling"):
# matched as a token of its own, so a name is found across it as across "and".
SPACED_AMPERSAND = re.compile(r"(?<=\s)&(?=\s)")
MATCH_TOKEN = re.compile(WORD_TOKEN.pattern + "|" + SPACED_AMPERSAND.pattern, re.I)


def folded(word: str) -> str:
    """A word's lookup form: lower case, accents dropped ("électricien" and "electricien" alike)."""
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    return "".join(c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    return [folded(t).lstrip(".") for t in WORD_TOKEN.findall(text)]


def normalise(text: str) -> str:
    """The lookup key of a skill name: lower-case word tokens joined by one space."""
    return " ".join(tokens(text))


def alias_key(text: str) -> str:
    """The key a name is found by among the taxonomy's aliases: normalise's, an ampersand between
    words read as "and" (as the text's are when names are found in it)."""
    return normalise(SPACED_AMPERSAND.sub("and", text))

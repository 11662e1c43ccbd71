"""A credential named with its qualifier in brackets ("CertCII (MP)", the mortgage-advice
certificate): the words before the bracket name nothing alone, so the bracket ends no phrase."""
from __future__ import annotations

import re
from collections.abc import Callable

# One or two words, then a short qualifier of letters in brackets.
_QUALIFIED = re.compile(r"(?<![\w(])((?:[^\W_]+ )?[^\W_]+) \(([^\W\d_]{1,4})\)")


def qualifiers_joined(text: str, is_a_name: Callable[[str], bool]) -> tuple[str, frozenset[int]]:
    """`text` with the brackets of such a qualifier blanked (offsets kept) where the words with
    it are a name `is_a_name` knows and the word before it alone is none ("Basic Life Support
    (BLS)" names the skill before its bracket, and is left as written); and where each blanked
    closing bracket was, so that a name read there can end with it."""
    closed: set[int] = set()

    def join(m: re.Match[str]) -> str:
        words, qualifier = m.group(1), m.group(2)
        for head in dict.fromkeys((words, words.split()[-1])):
            if not is_a_name(head) and is_a_name(f"{head} {qualifier}"):
                closed.add(m.end() - 1)
                return m.group().replace("(", " ").replace(")", " ")
        return m.group()

    return _QUALIFIED.sub(join, text), frozenset(closed)

"""A degree written in full, then a dash and its own abbreviation ("Master of Science - MS,
Architecture", "Bachelor of Business Administration - BBA", as LinkedIn lists degrees): the
dash parts no degree from a school or a place here, so the abbreviation is put in brackets,
where the schooling rules read a degree's note."""
from __future__ import annotations

import re

from adapters.embedded.parsing.education_words import DEGREE

_DEGREE_DASH_LETTERS = re.compile(
    r"\b((?:Bachelor|Master|Doctor|Associate)(?:'s)?[ \t]+(?:of|in)[ \t]+[^\s,–—·|-]+(?:[ \t]+[^\s,–—·|-]+)*)"
    r"[ \t]+[-–—][ \t]+([A-Z][A-Za-z.]{1,7})(?=[ \t]*(?:,|·|\||$))", re.MULTILINE)


def degree_abbreviations_bracketed(text: str) -> str:
    return _DEGREE_DASH_LETTERS.sub(
        lambda m: f"{m.group(1)} ({m.group(2)})" if DEGREE.fullmatch(m.group(2)) else m.group(), text)

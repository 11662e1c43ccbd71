"""Place names folded for comparison: lower case, no accents, punctuation other than commas as
single spaces."""
from __future__ import annotations

import re
import unicodedata

_PUNCTUATION = re.compile(r"[^\w,]+")


def fold(text: str) -> str:
    """Lower case, no accents, punctuation other than commas as single spaces."""
    if text.isascii():
        plain = text.casefold()  # nothing to decompose (most names, read many times)
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return ", ".join(" ".join(_PUNCTUATION.sub(" ", part).split()) for part in plain.split(","))


"""Folding plain ASCII skips the Unicode decomposition (domain/place_fold.py,
adapters/embedded/parsing/personal_details.py): on random text, ASCII or not, the result is
the decomposition's."""
from __future__ import annotations

import random
import re
import unicodedata

from adapters.embedded.parsing import personal_details
from domain.place_fold import fold

_PUNCTUATION = re.compile(r"[^\w,]+")
ALPHABET = "abcXYZ019 ,.-:()'/\t" + "éÉçßøÅİıŁﬁ²Ⅻ\u0301"


def _place_fold_by_decomposition(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return ", ".join(" ".join(_PUNCTUATION.sub(" ", part).split()) for part in plain.split(","))


def _details_fold_by_decomposition(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _texts() -> list[str]:
    rng = random.Random(26)
    ascii_only = [chr(c) for c in range(128)]
    return ["".join(rng.choice(ascii_only if n % 2 else ALPHABET) for _ in range(rng.randint(0, 30)))
            for n in range(2000)] + ["Geburtsdatum: 14.03.1988", "NATIONALITY: Irish", "São Paulo, SP", ""]


def test_folding_is_the_decompositions_on_random_text():
    for text in _texts():
        assert fold(text) == _place_fold_by_decomposition(text), text
        assert personal_details._fold(text) == _details_fold_by_decomposition(text), text

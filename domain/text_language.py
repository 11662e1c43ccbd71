"""The language a text is written in, read from its function words: the short words every
sentence of a language has ("the", "und", "les", "del") and which name no skill, so a
résumé's English skill list among German sentences stays German. Pure and cheap: a few
dozen words per language, counted once per document. None when too few are found or two
languages tie: an unknown language, not a guess."""
from __future__ import annotations

import re

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("present currently the and of for with in on at to from an by is are was were this that our your you we "
                    "will have has be as or who which their years experience".split()),
    "de": frozenset("heute seit bis sowie suchen suche der die das und mit für von den dem des ein eine einer einem im zu auf bei als oder sind "
                    "ist wir sie ihre unsere unser nach aus auch jahre jahren erfahrung".split()),
    "fr": frozenset("aujourd hui depuis recherche recherchons le la les et des du de pour avec dans une un en au aux sur est sont nous vous votre notre "
                    "par ou ans expérience".split()),
    "es": frozenset("actualidad actualmente busca buscamos el la los las y del de para con en una un por es son nuestro nuestra su sus al o años "
                    "experiencia".split()),
    "it": frozenset("oggi attualmente cerca cerchiamo il lo la gli le e del della dei di per con in una un da nel nella è sono nostro nostra "
                    "anni esperienza".split()),
    "pt": frozenset("presente atualmente procura o a os as e do da dos das de para com em uma um por no na é são nosso nossa anos "
                    "experiência".split()),
    "pl": frozenset("obecnie zatrudni szukamy i w z na do dla oraz od po przez jest są się nie lub lat doświadczenie doświadczeniem "
                    "pracy".split()),
    "nl": frozenset("heden zoeken de het een en van voor met in op bij als zijn is wij jouw onze ervaring jaar jaren".split()),
}

# At least this many function words of the leading language, and this many more than the next.
_FEWEST = 2
_LEAD = 1

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def text_language(text: str | None) -> str | None:
    """An ISO 639-1 code ("en", "de") or None when the text does not tell."""
    if not text:
        return None
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    for word in _WORD.findall(text.casefold()):
        for language, words in _FUNCTION_WORDS.items():
            if word in words:
                counts[language] += 1
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    (first, n), (_, m) = ranked[0], ranked[1]
    return first if n >= _FEWEST and n - m >= _LEAD else None

"""Other spellings a search word may be written in: German's umlauts and ß and their
transliterations ("Küchenchef" and "Kuechenchef", "Straße" and "Strasse"). Both indexes fold
accents ("cuisinière" is "cuisiniere"), so an umlaut's other spelling is the only one they miss.

A transliteration is read only where it can be one, so English words keep their letters: "ue"
after q or a vowel ("question", "Steuer") or closing a word ("blue", "issues"), "oe"/"ae"
closing a word ("shoe", "vitae"), and words under five letters ("poet", "does")."""
from __future__ import annotations

import re

_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
_WRITTEN_OUT = re.compile(r"(?<=[^\Waeiouq\d_])(ae|oe|ue)(?![sd]?$)")
# ß stands between a long vowel and an ending's e ("Straße", "Schweißer", "Größe").
_SHARP_S = re.compile(r"(?<=[aeiouäöü])ss(?=e)")
_BACK = {"ae": "ä", "oe": "ö", "ue": "ü"}
SHORTEST = 5


def spelling_variants(word: str) -> tuple[str, ...]:
    """`word` (folded) spelled the other ways the index may hold it; () when there are none."""
    if len(word) < SHORTEST:
        return ()
    if any(ch in _UMLAUTS for ch in word):
        return ("".join(_UMLAUTS.get(ch, ch) for ch in word),)
    variants = []
    umlauted = _WRITTEN_OUT.sub(lambda m: _BACK[m.group(1)], word)
    if umlauted != word:
        variants.append(umlauted)
    sharp = _SHARP_S.sub("ß", umlauted)
    if sharp != umlauted:
        variants.append(sharp)
    return tuple(variants)

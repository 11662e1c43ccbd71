"""Other spellings a search word may be written in: German's umlauts and ß and their
transliterations ("Küchenchef" and "Kuechenchef", "Straße" and "Strasse"). Both indexes fold
accents ("cuisinière" is "cuisiniere", "Müller" is "muller"), so an umlaut's other spelling is
the only one they miss.

An umlaut is always offered as its two letters. The other way is riskier: the umlaut the
two letters become is folded to its plain vowel by the index, so reading "ae" of "Michael" as
"ä" would find "Michal". Two letters are read as an umlaut only in a word that looks German
(a German sound or ending around them: "Mueller", "Kuechenchef", "Schoen", "Fuehrung"), never
after q or a vowel ("question", "Steuer") nor closing a word or before its last letter alone
unless the word looks German ("blue", "shoes", "Samuel", "Israel", "poets"), never in a word
with letters German writes only in borrowings (a c outside ch/ck, ph, y: "confluence",
"Raphael", "aerospace", "poetry"), and never in words under five letters ("poet", "does").
A word that does not look German is read with its umlauts when a list the repo holds confirms
that spelling (domain.written_out_umlauts: "Koeln" is Köln, "Malmoe" Malmö, "Oesterreich")."""
from __future__ import annotations

import re

from domain.written_out_umlauts import confirmed_umlaut_spelling

_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
# After a consonant (or opening the word), not closing it ("blue", "shoes", "issued").
_WRITTEN_OUT = re.compile(r"(?:(?<=[^\Waeiouq\d_])|^)(ae|oe|ue)(?![sd]?$)")
# Letters and sounds German writes only in borrowed words.
_BORROWED = re.compile(r"c(?![hk])|ph|y|q")
# German sounds, word parts and endings; looked for in the word without the two letters, so
# "bluer" does not look German by the "er" its "ue" begins.
_GERMAN = re.compile(r"sch|tz|pf|ck|ß|chen|lich|keit|heit|schaft|ung|(?:er|ern|erin|en|in|mann|dorf|burg|berg)s?$")
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
    umlauted = _WRITTEN_OUT.sub(lambda m: _BACK[m.group(1)] if _umlaut_written_out(m) else m.group(), word) \
        if not _BORROWED.search(word) else word
    if umlauted == word:
        umlauted = confirmed_umlaut_spelling(word) or word
    if umlauted != word:
        variants.append(umlauted)
    sharp = _SHARP_S.sub("ß", umlauted)
    if sharp != umlauted:
        variants.append(sharp)
    return tuple(variants)


def _umlaut_written_out(pair: re.Match[str]) -> bool:
    """Whether the two letters at `pair` are an umlaut written out: the word around them looks
    German ("Mueller": "m_ller"). "Michael", "Samuel" and "Manuela" do not."""
    word = pair.string
    return bool(_GERMAN.search(word[:pair.start()] + "_" + word[pair.end():]))

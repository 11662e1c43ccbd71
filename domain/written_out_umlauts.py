"""Umlauts written out ("Koeln", "Zuerich", "Malmoe", "Oesterreich", "Koechin") read back as
umlauts where a list this repo already holds confirms the word, whether or not it looks German:
  - a town of the gazetteer (domain.place_names) that bears both the name as written and the
    name with the plain vowel its umlaut folds to (GeoNames lists "koeln" and "koln" for Köln,
    "malmoe" and "malmo" for Malmö);
  - a country's or first-level region's name written with the umlaut in a language of the
    country tables ("Österreich", "Dänemark", "Thüringen");
  - a word written with the umlaut in the occupation and job-title names (domain.occupation_names,
    domain.title_synonyms: "Köchin", "Küchenchef").
Nothing else is read so: "Michael", "Israel", "Queue" or "Aerospace" name no such word, so their
letters stay letters (domain.spelling_variants reads German-looking words by their shape)."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations

from domain.installed_reference_data import derived_from_reference_data, reference_data
from domain.occupation_names import OCCUPATION_NAMES
from domain.place_names import fold_name, town_ids_per_country
from domain.title_synonyms import TITLE_SYNONYMS

# Never after q or a vowel, where the letters are a sound of their own ("queue", "Steuer").
_PAIR = re.compile(r"(?<![aeiouq])(ae|oe|ue)")
_UMLAUT = {"ae": "ä", "oe": "ö", "ue": "ü"}
# Pairs read per word: a real name holds one or two ("Moenchengladbach", "Goeteborg").
MAX_PAIRS = 3
# Languages the country and region tables are read in for names written with umlauts.
_UMLAUT_LANGUAGES = ("de", "sv", "fi", "et", "hu", "tr")
_WORD = re.compile(r"[^\W\d_]+")


def umlaut_readings(word: str) -> tuple[str, ...]:
    """`word` (lower case) with one or more of its written-out pairs read as umlauts, those
    reading the most pairs first: "koeln" is "köln"; "goeteborg" is "göteborg"."""
    pairs = list(_PAIR.finditer(word))[:MAX_PAIRS]
    readings = []
    for count in range(len(pairs), 0, -1):
        for chosen in combinations(pairs, count):
            spelled, end = [], 0
            for pair in chosen:
                spelled += [word[end:pair.start()], _UMLAUT[pair.group()]]
                end = pair.end()
            readings.append("".join(spelled) + word[end:])
    return tuple(readings)


def confirmed_umlaut_spelling(word: str) -> str | None:
    """`word` (lower case, no umlauts) as written with the umlauts it spells out, when one of
    the lists above confirms it; None otherwise."""
    if not word.isascii():
        return None
    for reading in umlaut_readings(word):
        if reading in _umlaut_vocabulary() or reading in _umlaut_place_names() or _a_town_by_both(word, reading):
            return reading
    return None


def _a_town_by_both(written: str, reading: str) -> bool:
    """One town bears the name as written and as its umlaut reading folds ("koeln", "koln")."""
    written_ids = set(town_ids_per_country(fold_name(written)))
    return bool(written_ids) and not written_ids.isdisjoint(town_ids_per_country(fold_name(reading)))


@lru_cache(maxsize=1)
def _umlaut_vocabulary() -> frozenset[str]:
    return frozenset(word for group in (*TITLE_SYNONYMS, *OCCUPATION_NAMES) for phrase in group
                     for word in _WORD.findall(phrase.casefold()) if _has_umlaut(word))


@derived_from_reference_data
@lru_cache(maxsize=1)
def _umlaut_place_names() -> frozenset[str]:
    """Countries' and first-level regions' names written with an umlaut, in lower case, whole
    ("österreich", "baden-württemberg" as itself) and as each of their words ("württemberg")."""
    tables = reference_data()
    names = [region.name for region in tables.subdivisions()]
    for language in _UMLAUT_LANGUAGES:
        for country in tables.countries_in(language) or ():  # None: a language not shipped
            names += [n for n in (country.name, country.common_name, country.official_name) if n]
    found: set[str] = set()
    for name in names:
        folded = name.casefold()
        if _has_umlaut(folded):
            found.add(folded)
            found.update(w for w in _WORD.findall(folded) if _has_umlaut(w))
    return frozenset(found)


def _has_umlaut(word: str) -> bool:
    return any(ch in "äöü" for ch in word)

"""Which country a name means, as people write it: ISO names, common names, three-letter codes,
everyday names ("UK", "Holland"), the names in the languages résumés and job ads are written in,
and names with their umlauts written out."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from domain.installed_reference_data import derived_from_reference_data, reference_data
from domain.place_fold import fold
from domain.place_regions import first_level_regions
from domain.ports.reference_data import Country
from domain.written_out_umlauts import confirmed_umlaut_spelling

# Names people use that are not ISO names, common names or three-letter codes. Two-letter ISO
# codes are left out on purpose: "Denver, CO" and "Springfield, IL" name US states, not
# Colombia and Israel; only the two that mean a country in everyday writing are kept.
_ALIASES = {
    "uk": "GB", "gb": "GB", "great britain": "GB", "britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB", "us": "US", "usa": "US",
    "america": "US", "united states of america": "US", "uae": "AE", "ksa": "SA", "holland": "NL",
    "the netherlands": "NL", "korea": "KR", "russia": "RU", "czechia": "CZ", "czech republic": "CZ",
    "ivory coast": "CI", "turkey": "TR", "vietnam": "VN", "laos": "LA", "syria": "SY", "macedonia": "MK",
}


@derived_from_reference_data
@lru_cache(maxsize=1)
def countries_by_name() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in reference_data().countries():
        for value in (country.name, country.official_name, country.common_name, country.alpha_3):
            if value:
                names[fold(value)] = country.alpha_2
    names.update(_ALIASES)
    return names


# Languages résumés and job ads are commonly written in: a country is named in the writer's own
# ("Frankreich" on a German résumé), from the ISO names' translations (iso-codes).
_COUNTRY_NAME_LANGUAGES = ("es", "pt", "de", "fr", "it", "nl", "pl", "sv", "da", "nb_NO", "fi", "cs", "sk", "ro",
                           "hu", "tr", "hr", "sl", "id", "ms", "vi", "ru", "uk", "el", "ar", "zh_CN", "ja", "ko")


@derived_from_reference_data
@lru_cache(maxsize=1)
def translated_countries() -> dict[str, str]:
    """Each country's own names first, in every language its people write ("Suomi", "Eesti",
    "Éire", "Pilipinas", "भारत", "日本"); then the countries' names in _COUNTRY_NAME_LANGUAGES.
    A country's own name wins where another country is so named in some other language. Read
    only when a name is not an English one (a few tenths of a second). Left out: names too
    short to tell from a word ("y", "man") and names of a region too ("Granada" is Grenada in
    Spanish and a Spanish province; "Tunis" a governorate)."""
    regions = first_level_regions()
    english = countries_by_name()
    names: dict[str, str] = {}

    short_names: list[tuple[str, str]] = []

    def add(countries: Sequence[Country] | None, only: frozenset[str] | None = None) -> None:
        for country in countries or ():  # None: tables shipped without that language
            if only is not None and country.alpha_2 not in only:
                continue
            for value in (country.name, country.common_name, country.official_name):
                name = fold(value) if value else ""
                if _long_enough(name) and name not in english and name not in regions:
                    names.setdefault(name, country.alpha_2)
                # "ایران، جمهوری اسلامی" as ISO's "Iran, Islamic Republic of": the name before the comma
                short = _BEFORE_A_COMMA.split(value)[0] if value else ""
                if short != value:
                    short_names.append((fold(short), country.alpha_2))

    spoken_in: dict[str, set[str]] = {}
    for code, locales in reference_data().country_languages().items():
        for locale in locales:
            spoken_in.setdefault(locale, set()).add(code)
    for locale, codes in spoken_in.items():
        add(reference_data().countries_in(locale), frozenset(codes))
    for language in _COUNTRY_NAME_LANGUAGES:
        add(reference_data().countries_in(language))
    for name, code in short_names:  # after every full name: "Congo" is the Republic of the Congo
        if _long_enough(name) and name not in english and name not in regions:
            names.setdefault(name, code)
    return names


_BEFORE_A_COMMA = re.compile(r"\s*[,،，]")


def _long_enough(name: str) -> bool:
    """Four letters or more ("y", "man" are words), or two outside the Latin alphabet ("日本",
    "ไทย", "مصر"), which no English word is written in."""
    if len(name) >= 4:
        return True
    return len(name) >= 2 and not any(c.isascii() or "LATIN" in unicodedata.name(c, "LATIN") for c in name)


def country_code(part: str) -> str | None:
    """The ISO code of a country named by `part` (already folded), or None."""
    words = part.split()
    if len(words) > 1 and all(len(w) == 1 and w.isascii() for w in words):  # U.K., U.S.A.
        part = "".join(words)
    part = part.strip()
    return _country_named(part) or _country_named(_with_umlauts(part))


def _country_named(part: str) -> str | None:
    return countries_by_name().get(part) or (translated_countries().get(part) if _long_enough(part) else None)


def _with_umlauts(part: str) -> str:
    """A country named with its umlauts written out ("Oesterreich", "Daenemark"), folded as its
    name with them is; `part` itself when the country tables confirm no such name."""
    spelled = confirmed_umlaut_spelling(part) if part.isascii() else None
    return fold(spelled) if spelled is not None else part


def names_a_country_or_region(text: str) -> bool:
    """The whole text is a country's name or a first-level region's ("Maharashtra", "Bayern",
    "Brasil"), not a code ("IT", "PR" are skills' letters as often)."""
    folded = fold(text).strip()
    return len(folded) >= 4 and (country_code(folded) is not None or folded in first_level_regions())


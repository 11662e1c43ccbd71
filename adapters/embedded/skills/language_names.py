"""Languages as résumés of many countries name them: "Deutsch", "Englisch", "Anglais",
"Inglés", "Polski", "Kiswahili"... Build-time only (build_taxonomy.py): each language the
taxonomy lists gets its names in the common languages of résumés as aliases, from the ISO 639
names and their translations that pycountry ships (the iso-codes project); and the widely
spoken languages ESCO lacks (Swahili, Tagalog, Yoruba, Amharic, Thai...) are added as languages.
The product reads the generated file, so none of this costs an API process anything."""
from __future__ import annotations

import gettext
import re
from collections.abc import Iterator

import pycountry

from domain.skills import normalise

# The languages résumés are commonly written in: a language is named in them as the writer
# writes it ("Englisch" in a German CV, "Anglais" in a French one), its own name included.
LOCALES = ("de", "fr", "es", "pt", "pt_BR", "it", "nl", "pl", "sv", "da", "nb", "fi", "cs", "sk", "ro",
           "hu", "tr", "hr", "sl", "id", "ms", "vi", "ru", "uk", "el", "ar", "zh_CN", "ja", "ko", "sw")
# Widely spoken languages ESCO does not list (ISO 639-1 codes), with names people write that
# ISO does not give ("Kiswahili", "Filipino").
ADDED = ("sw", "tl", "yo", "ha", "ig", "am", "so", "zu", "xh", "af", "ne", "si", "th", "id", "km", "my",
         "ml", "kn", "or", "as", "ps", "uz", "ti", "om", "rw", "sn", "ln", "wo", "mg", "mn", "tg",
         "tk", "ky", "lo", "bo")
EXTRA_NAMES = {"Swahili": ("Kiswahili",), "Tagalog": ("Filipino", "Pilipino"), "Chinese": ("Mandarin",),
               "Pushto": ("Pashto",), "Oriya": ("Odia",), "Kirghiz": ("Kyrgyz",), "Panjabi": ("Punjabi",),
               "Modern Greek (1453-)": ("Greek",)}
_QUALIFIER = re.compile(r"\s*\([^)]*\)")


def plain(name: str) -> str:
    """"Swahili (macrolanguage)" -> "Swahili"; "Spanisch (Kastilisch)" -> "Spanisch"."""
    return _QUALIFIER.sub("", name).strip()


def _keyable(name: str) -> bool:
    """The taxonomy's lookup key (normalise) keeps ASCII letters only, so an accent parts a
    word ("Español" -> "espa ol"): still a key only that word gives. An accent at a word's end
    or start would leave a bare fragment that other words give ("Çince" -> "ince"), and a script
    without Latin letters leaves nothing: such names are left out."""
    for word in name.split():
        parts = normalise(word).split()
        if not parts or not (word[0].isascii() and word[-1].isascii()) or (len(parts) == 1 and len(parts[0]) < 3):
            return False
    return True


def _place_words() -> set[str]:
    """Words of country and region names, in English and in LOCALES ("Bengal" of "West Bengal",
    "Polska", "Italia"): in a contact line or an address they name a place, not a language."""
    names = [c.name for c in pycountry.countries] + [r.name for r in pycountry.subdivisions]
    for locale in LOCALES:
        try:
            countries = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
        except OSError:
            continue
        names += [countries.gettext(c.name) for c in pycountry.countries]
    return {word for name in names for word in [normalise(name), *normalise(name).split()]}


def _translations() -> Iterator[tuple[str, gettext.NullTranslations]]:
    for locale in LOCALES:
        try:
            yield locale, gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=[locale])
        except OSError:
            continue  # a pycountry without that locale's file


def _compounds(locale: str, name: str) -> set[str]:
    """German writes a language's knowledge as one word: "Deutschkenntnisse", "Englischkenntnisse"."""
    if locale != "de" or " " in name:
        return set()
    return {name + "kenntnisse", name + "-Kenntnisse"}


def added_languages() -> list[str]:
    """English names of the languages to add (ADDED), as ISO names them, less qualifiers."""
    found = [pycountry.languages.get(alpha_2=code) for code in ADDED]
    return [plain(language.name) for language in found if language is not None]


def names_by_language(english_names: list[str]) -> dict[str, set[str]]:
    """Each English language name -> its names in LOCALES (and EXTRA_NAMES), itself excluded."""
    iso_names: dict[str, str] = {}
    for language in pycountry.languages:
        if hasattr(language, "alpha_2"):
            iso_names.setdefault(plain(language.name).casefold(), language.name)
    for listed, extra in EXTRA_NAMES.items():
        for name in (plain(listed), *extra):
            iso_names.setdefault(name.casefold(), listed)
    translations = list(_translations())
    places = _place_words()
    out: dict[str, set[str]] = {}
    for english in english_names:
        known = iso_names.get(english.casefold())
        if known is None:
            continue
        iso: str = known
        translated = {(locale, plain(t.gettext(iso))) for locale, t in translations}
        names = {n for _, n in translated} | {c for locale, n in translated for c in _compounds(locale, n)} | set(EXTRA_NAMES.get(iso, EXTRA_NAMES.get(plain(iso), ())))
        names |= {plain(iso)}
        names = {part.strip() for n in names for part in re.split(r"[;,]", n)}  # "中文; 汉语; 华语"
        out[english] = {n for n in names if len(n) >= 4 and n.casefold() != english.casefold() and _keyable(n)
                        and normalise(n) not in places}
    return out

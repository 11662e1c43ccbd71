"""Licence classes listed after one class word: "Class B, C and D licences", "Category C1, C and
CE", "HGV Class 1 and 2", "Cat B+E and C1", "Führerschein Klasse B und C1". Every code after the
first shares the words written once around the list (the scheme and class word before it, "HGV
Class"; the credential's word after it, "licences"), so each is named in full ("Class C
licence"), as the licence would be written alone; a bare code ("C", "2") names nothing, and read
alone it is a programming language or a number.

Without a class word, only driving-licence codes after a licence's name or before a word of
licensing are a list ("Führerschein B und C1E", "C1 and D1 licences"); a list with no word of licensing around it counts only where its codes are a
driving licence's (a code with a digit or an E: "Category C1, C and CE") or the caller says the
text is about licences: "Category A and B suppliers" is no licence."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from domain.driving_licences import licence_category

_CLASS_WORD = (r"class(?:es)?|categor(?:y|ies)|cats?\.?|groups?|klassen?|kategorien?|kategori[ae]|kat\.?|"
               r"categor[ií]as?|cat[ée]gories?")
# A class's code: a letter or two with a digit or a trailer's "E" ("C1", "CE", "B+E", "D1E"), or a
# number ("1"); never three letters ("CPC" is a credential of its own).
_CODE = r"(?-i:[A-Z]{1,2}\d?E?(?:\s?\+\s?[A-Z]\d?)?|\d{1,2}[A-Z]?)(?![\w+])"
_DRIVING_CODE = r"(?-i:AM|[A-D][12]?(?:E|\s?\+\s?E)?)(?![\w+])"
_JOIN = r"(?:\s*[,;/&]\s*(?:(?:and|or)\s+)?|\s+(?:and|or|und|oder|et|ou|en|og|och|oraz|lub|ja|és|ve|(?-i:[yoei]))\s+)"
_HEAD = r"licen[cs]es?|endorsements?|permits?|entitlements?"
_SCHEME = (r"(?:(?-i:[A-Z]{2,5})\s+)?licen[cs]e|(?-i:[A-Z]{2,5})|(?:driving|driver'?s|drivers)\s+licen[cs]e|"
           r"f(?:ü|ue?)hrerschein|permis")
# Words between a licence's name and its classes that are no part of either: "Führerschein der
# Klasse C", "Permis poids lourd C, CE", "Permis de conduire de catégorie C".
_BETWEEN = r"(?:\s+(?:poids\s+lourds?|de\s+conduire|der|des|de|du|la|the|of))*"
_LIST = re.compile(
    rf"(?:(?P<scheme>\b(?:{_SCHEME})){_BETWEEN}\s+)?(?:(?P<word>\b(?:{_CLASS_WORD}))\s*)"
    rf"(?P<codes>{_CODE}(?:{_JOIN}{_CODE})+)(?:\s+(?P<head>\b(?:{_HEAD})\b))?", re.IGNORECASE)
_LICENCE_NAME = r"(?:driving|driver'?s|drivers)\s+licen[cs]es?|f(?:ü|ue?)hrerschein|permis(?:\s+de\s+conduire)?|rijbewijs"
_BARE_LIST = re.compile(rf"(?:(?P<scheme>\b(?:{_LICENCE_NAME})){_BETWEEN}\s+)?(?P<codes>\b{_DRIVING_CODE}(?:{_JOIN}{_DRIVING_CODE})+)"
                        rf"(?:\s+(?P<head>\b(?:licen[cs]es?)\b))?", re.IGNORECASE)
_SPLIT = re.compile(_JOIN, re.IGNORECASE)
_DISTINCTIVE = re.compile(r"^(?:[A-D][12]E?|[A-D]\s?\+?\s?E|AM)$")
_LICENSING = re.compile(r"\b(?:licen[cs]\w*|driv(?:er|ers|ing)|hgv|lgv|pcv|psv|cdl|vehicles?|permits?|"
                        r"f(?:ü|ue?)hrerschein\w*|permis|carn[eé]t|rijbewijs|prawo\s+jazdy)\b", re.IGNORECASE)
_SINGULAR = {"classes": "class", "categories": "category", "cats": "cat", "groups": "group", "klassen": "klasse",
             "kategorien": "kategorie", "categorias": "categoria", "categorías": "categoría", "catégories": "catégorie"}


@dataclass(frozen=True)
class ClassList:
    """Where the list is written and each licence it names in full, in order."""
    start: int
    end: int
    names: tuple[str, ...]


def class_lists(text: str, known: Callable[[str], bool], *, about_licences: bool = False) -> list[ClassList]:
    """The lists of licence classes in `text`. `known`: whether the taxonomy knows a spelling as
    a credential, so each licence is named as its single one would be ("HGV Class 2", not "HGV
    Class 2 licence"); `about_licences`: the text is a licences section."""
    out: list[ClassList] = []
    for m in [*_LIST.finditer(text), *_BARE_LIST.finditer(text)]:
        if any(o.start < m.end() and m.start() < o.end for o in out):
            continue
        codes = [c.strip() for c in _SPLIT.split(m.group("codes")) if c and c.strip()]
        codes_end = m.end("codes")
        if codes[-1] in ("A", "I") and not m.group("head") and re.match(r"\s+[a-z]", text[codes_end:]):
            codes.pop()  # "Category C, A good attitude": the article, not a class
            codes_end = m.start("codes") + m.group("codes").rfind(codes[-1]) + len(codes[-1]) if codes else codes_end
        if len(codes) < 2 or not (m.groupdict().get("word") or m.group("scheme") or m.group("head")):
            continue
        scheme = m.group("scheme")
        word = m.groupdict().get("word")
        line = text[text.rfind("\n", 0, m.start()) + 1:text.find("\n", m.end()) % (len(text) + 1)]
        if not (scheme or m.group("head") or about_licences or any(_DISTINCTIVE.match(c) for c in codes)
                or _LICENSING.search(line)):
            continue
        lead = " ".join(w for w in (scheme, _singular(word) if word else None) if w)
        head = _singular(m.group("head")) if m.group("head") else None
        names = tuple(_named(lead, code, head, known) for code in codes)
        out.append(ClassList(m.start(), m.end("head") if m.group("head") else codes_end, names))
    return sorted(out, key=lambda c: c.start)


def _singular(word: str) -> str:
    """"Classes" -> "Class", "licences" -> "licence", "Kategorien" -> "Kategorie"."""
    known = _SINGULAR.get(word.lower().rstrip("."))
    if known is not None:
        return known.capitalize() if word[0].isupper() else known
    return word[:-1] if re.search(r"(?:ces|ses|ts)$", word, re.IGNORECASE) else word


def _named(lead: str, code: str, head: str | None, known: Callable[[str], bool]) -> str:
    """The licence in full, in the first spelling the taxonomy knows: with the credential's word,
    without it, or with "licence" added; else with the list's own words."""
    bare = " ".join(p for p in (lead, code) if p)
    whole = f"{bare} {head}" if head else bare
    for spelling in (whole, bare, f"{bare} licence"):
        if known(spelling):
            return spelling
    return whole


_NAMED_CLASS = re.compile(
    rf"(?:\((?P<noted>{_DRIVING_CODE})\)|\b(?:{_CLASS_WORD})\s*(?P<code>{_DRIVING_CODE}))"
    rf"(?:\s+(?:{_HEAD}|{_LICENCE_NAME}|f(?:ü|ue?)hrerschein))?\s*$", re.IGNORECASE)
_US_SCHEME = re.compile(r"\bcdl\b|commercial\s+driver", re.IGNORECASE)


def licence_class(name: str) -> str | None:
    """The driving licence class a credential's name ends in, one key however it is spelled:
    "HGV licence Class 1 (C+E)", "Category CE", "Führerschein Klasse CE" are all the EU class
    CE; a US CDL's classes are keyed apart (its Class C is not the EU's). None for any other name."""
    category = licence_category(name)
    if category is not None:
        return f"driving licence eu class {category}"  # "HGV Class 1" is "Category CE" too
    m = _NAMED_CLASS.search(name.strip())
    if not m:
        return None
    code = re.sub(r"[\s+]", "", m.group("noted") or m.group("code")).upper()
    scheme = "cdl" if _US_SCHEME.search(name) else "eu"
    return f"driving licence {scheme} class {code}"

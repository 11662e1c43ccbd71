"""Driving licences as résumés in other languages head and list them ("Führerschein",
"Permis de conduire", "Rijbewijs", "Prawo jazdy", "Carta de condução"): such a heading opens a
licences section, and a class listed under it alone ("Klasse B", "C1E") is named with the
heading ("Führerschein Klasse B"), as a bare class code names nothing.

Only a heading that is the licence's name and nothing else is one: "Führerschein Klasse B" and
"Permis B" are the licences themselves, written on a line of their own."""
from __future__ import annotations

import re
import unicodedata

# Folded (lower case, no accents) names of a driving licence, by language.
_NAMES = (
    "driving licence", "driving licences", "driving license", "driving licenses", "driver s license",
    "drivers license", "driver license", "driver s licence",                           # en
    "fuhrerschein", "fuhrerscheine", "fuehrerschein", "fahrerlaubnis", "fuhrerscheinklasse", "fuhrerscheinklassen",  # de
    "permis de conduire", "permis",                                                    # fr
    "permiso de conducir", "permisos de conducir", "carnet de conducir", "carne de conducir",
    "licencia de conducir", "licencia de manejo", "licencias de conducir",            # es
    "rijbewijs", "rijbewijzen",                                                         # nl
    "prawo jazdy", "prawa jazdy",                                                       # pl
    "carta de conducao", "cartas de conducao", "carteira de motorista", "carteira de habilitacao",
    "carteira nacional de habilitacao", "cnh",                                          # pt
    "patente", "patente di guida", "patenti",                                           # it
    "korkort", "kørekort", "førerkort", "ajokortti",                                    # sv, da, no, fi
    "ridicsky prukaz", "ridicske opravneni", "vodicsky preukaz",                        # cs, sk
    "permis de conducere", "jogositvany", "ehliyet", "surucu belgesi", "vozacka dozvola",  # ro, hu, tr, hr/sr
    "водительское удостоверение", "водительские права", "посвідчення водія", "водійське посвідчення",  # ru, uk
)
_HEADINGS = frozenset(_NAMES)
# The same names inside a listed licence ("Führerschein Klasse B", "Permis B"): a word of
# licensing, as "licence" is in English. "Patente" and "CNH" alone are too often other things.
_IN_AN_ITEM = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in _NAMES if n not in ("patente", "patenti", "cnh"))
                         + r")(?!\w)")
# A licence class alone: "B", "C1E", "C+E", "Klasse B", "Cat. CE", "Categoría B", "kat. B".
_CLASS_ALONE = re.compile(r"^(?:(?:klasse|klassen|class|cat|kat|categor(?:y|ie|ia|ía)|catégorie|kategori[ae]|"
                          r"kategoria|categoria)\.?\s*)?[A-Z]{1,2}\d?[A-Z]?(?:\s?\+\s?E)?$", re.IGNORECASE)
_ITEM_PARTS = re.compile(r"(?:(?<!\s)\s+)?[,;/]\s*")  # (blanks tried from their start only: linear in a long run)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", plain).split())


def names_a_driving_licence(heading: str) -> bool:
    """The heading is a driving licence's name, in one of the languages above."""
    return _fold(heading.partition(":")[0]) in _HEADINGS


def names_a_licence_in_an_item(item: str) -> bool:
    """"Führerschein Klasse B", "Permis B", "Prawo jazdy kat. B" name a licence."""
    return _IN_AN_ITEM.search(_fold(item)) is not None


def classes_named(heading: str, text: str) -> str:
    """The section's text with each class listed alone named with its heading: "Klasse B, C1E"
    under "Führerschein" reads "Führerschein Klasse B, Führerschein C1E"."""
    name = heading.partition(":")[0].strip(" :-–")
    name = name.title() if name.isupper() and len(name) > 3 else name
    lines = []
    for line in text.split("\n"):
        parts = [p for p in _ITEM_PARTS.split(line.strip(" \t-*•●▪■◦·")) if p]
        if parts and all(_CLASS_ALONE.match(p) for p in parts):
            line = ", ".join(f"{name} {p}" for p in parts)
        lines.append(line)
    return "\n".join(lines)

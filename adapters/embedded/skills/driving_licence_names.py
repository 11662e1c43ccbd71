"""The EU driving-licence categories as credentials of the taxonomy, each with the names the
schemes of Europe give it ("Category C+E", "Führerschein Klasse CE", "permis CE", "rijbewijs
CE", "prawo jazdy kat. CE"...), so that every spelling of one category is one skill.

Build-time only (build_taxonomy.py). Which category covers which is the domain's
(domain/driving_licences.py); the UK's own names (HGV Class 1, PCV) stay in certifications.tsv
under the names those categories already had."""
from __future__ import annotations

from adapters.embedded.skills.certifications import Certification
from domain.driving_licences import CATEGORIES

# The taxonomy's names of the categories it had before the others; the rest are named alike.
_NAMED = {"CE": "HGV licence Class 1 (C+E)", "C": "HGV licence Class 2 (C)", "C1": "Driving licence category C1",
          "D": "PCV licence (D)"}
# A scheme's name for its licence, before the category's code.
_SCHEMES = ("Führerschein", "Führerschein Klasse", "Fuehrerschein Klasse", "Fahrerlaubnis Klasse", "permis",
            "permis de conduire", "rijbewijs", "rijbewijs categorie", "prawo jazdy kat.", "prawo jazdy kategorii",
            "körkort", "kørekort", "førerkort klasse", "ajokortti", "carnet de conducir", "permiso de conducir",
            "patente", "carta de condução", "driving licence category", "driving license category",
            "carné de conducir", "carné", "carnet", "permiso de conducción", "carné de conducir tipo",
            "carta de condução categoria", "carta de conducao", "carteira de habilitação categoria",
            "CNH categoria", "CNH", "patente di guida", "patente categoria", "patente cat.", "kat.",
            "kategorii", "permis de conduire catégorie", "permis catégorie", "Führerscheinklasse",
            "category", "cat")
# Words that also mean other things before a bare letter ("Klasse B" of a school, "Cat A" of a
# supplier): the alias counts only beside a word of licensing.
_LOOSE = ("category", "cat", "Klasse")


# South Africa's licence codes: the 1996 letters (written "EC" for a combination, the trailer
# first) beside the old numbers everyone still writes ("Code 14" is the articulated lorry, EC).
_SOUTH_AFRICAN = {"B": ("Code 8", "Code 08"), "BE": ("Code EB",), "C1": ("Code 10", "Code C1"),
                  "C1E": ("Code EC1",), "C": ("Code 11",), "CE": ("Code 14", "Code EC")}


def _south_african(category: str) -> list[str]:
    return [f"{code}{tail}" for code in _SOUTH_AFRICAN.get(category, ())
            for tail in ("", " licence", " license", " driving licence", " drivers licence", " driver's licence",
                         " driver's license", " drivers license")]


# Words after which "de" is a word of the language ("permis de conduire", "carné de manipulador",
# "rijbewijs de ..."), never the category DE: after them DE counts only written with its plus.
_DE_A_WORD_AFTER = frozenset({"permis", "conduire", "carné", "carnet", "conducir", "permiso", "conducción", "carta",
                              "condução", "conducao", "carteira", "habilitação", "categoria", "CNH", "patente",
                              "guida", "cat.", "catégorie", "tipo", "rijbewijs", "categorie"})


def _names_the_category(scheme: str, code: str) -> bool:
    return not (code == "DE" and scheme.split()[-1] in _DE_A_WORD_AFTER)


def name_of(category: str) -> str:
    return _NAMED.get(category, f"Driving licence category {category}")


def _spellings(code: str) -> list[str]:
    """"CE" -> "CE", "C+E"; "C1E" -> "C1E", "C1+E"."""
    return [code, code[:-1] + "+E"] if code.endswith("E") and len(code) > 1 else [code]


# The car licence as British, Irish and Commonwealth CVs and ads name it, with no category
# ("Full UK driving licence", "full clean driving licence"): category B, as the domain reads the
# same words (driving_licences.licence_category); never "driving licence" alone, which an
# "HGV driving licence" holds too.
_CAR_LICENCE_WORDS = ("full", "full UK", "full clean", "full clean UK", "full UK clean", "clean", "clean UK",
                      "valid UK", "valid full UK", "UK", "full British", "British", "full Irish", "Irish", "full EU",
                      "full manual", "full UK manual", "manual")
_CAR_LICENCE_NAMES = tuple(f"{words} {noun}" for words in _CAR_LICENCE_WORDS
                           for noun in ("driving licence", "driving license", "car licence"))


def _with_car_licence_words(code: str) -> list[str]:
    """"UK driving licence category C" names C, not the car licence its first words name: the
    longer phrase is the category's."""
    return [f"{words} {noun} category {code}" for words in _CAR_LICENCE_WORDS
            for noun in ("driving licence", "driving license")]


def driving_licence_categories() -> list[Certification]:
    out = []
    for category in CATEGORIES:
        aliases = []
        for code in _spellings(category):
            single_letter = len(code) == 1
            for scheme in (*_SCHEMES, "Klasse"):
                if not _names_the_category(scheme, code):
                    continue
                cue = single_letter and scheme in _LOOSE
                aliases.append(("!" if cue else "") + f"{scheme} {code}")
            aliases += [f"category {code} licence", f"category {code} driving licence"]
            aliases += _with_car_licence_words(code)
            if not single_letter and code != "DE":  # "A licence" is ordinary words too; "de licence" French
                aliases += [f"{code} licence", f"{code} license", f"{code} driving licence"]
            if "+" in code:
                aliases.append(code)  # "C+E" alone names nothing else
        aliases += _south_african(category)
        if category == "B":
            aliases += _CAR_LICENCE_NAMES
        out.append(Certification(name_of(category), tuple(dict.fromkeys(aliases)), "EU Directive 2006/126/EC"))
    return out

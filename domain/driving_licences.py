"""EU driving-licence categories (Directive 2006/126/EC), whatever scheme names them.

One licence goes by many names: the UK's "Category C+E", "HGV Class 1" and "LGV 1", Germany's
"Führerschein Klasse CE", France's "permis CE" and the Netherlands' "rijbewijs CE" are the same
category. A category also covers the ones the directive lets its holder drive (a CE holder may
drive C and B; a C holder C1 and B; a D holder D1 and B), never the reverse: C1 is not C.

US commercial licences ("CDL Class A") are another system, and a bare "Class B licence" is one
of theirs as often as Europe's, so those are never read as a category here. A "full driving
licence" with no category is the car licence, B (the name British and Irish ads use for it)."""
from __future__ import annotations

import re
from functools import lru_cache

CATEGORIES = ("AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE")

# What each category lets its holder drive besides itself (the directive's article 4 and its
# article 6 equivalences); the closure is taken below.
_INCLUDES: dict[str, tuple[str, ...]] = {
    "A": ("A2",), "A2": ("A1",), "A1": ("AM",), "B": ("AM",), "BE": ("B",),
    "C1": ("B",), "C1E": ("C1", "BE"), "C": ("C1",), "CE": ("C", "C1E"),
    "D1": ("B",), "D1E": ("D1", "BE"), "D": ("D1",), "DE": ("D", "D1E"),
}


def _closure(category: str) -> frozenset[str]:
    seen = {category}
    todo = [category]
    while todo:
        for lower in _INCLUDES.get(todo.pop(), ()):
            if lower not in seen:
                seen.add(lower)
                todo.append(lower)
    return frozenset(seen)


COVERS: dict[str, frozenset[str]] = {c: _closure(c) for c in CATEGORIES}

# Words that say a code names a driving licence in one scheme or another.
_SCHEME = (r"driving|class(?:es)?|drivers?|licen[cs]es?|categor(?:y|ies)|cat|f(?:ü|ue?|\s)?hrerschein|fahrerlaubnis|klasse|"
           r"kategorie|kategoria|kat|permis|rijbewijs|categorie|prawo|jazdy|k(?:ö|o|\s)?rkort|k(?:ø|o|\s)?rekort|"
           r"de\s+conduire|f(?:ø|o|\s)?rerkort|ajokortti|carnet|carta|patente|hgv|lgv|pcv|psv")
# In capitals, as codes are written: "de" of "permis de conduire" is no DE.
_CODE = r"(?P<code>(?-i:AM|A[12]|[BCD]1?\s?\+?\s?E|[CD]1|[ABCD]))"
_WRITTEN = re.compile(rf"(?<![\w+])(?:{_SCHEME})\b(?:[\s.:-]+(?:{_SCHEME})\b)*[\s.:-]*\(?{_CODE}\)?(?![\w+])",
                      re.IGNORECASE)
# The UK's numbered classes of lorry: HGV/LGV Class 1 is C+E, Class 2 is C ("HGV1", "LGV 2").
_UK_CLASS = re.compile(r"\b(?:hgv|lgv)\s*(?:licen[cs]e\s*)?(?:class\s*)?(?P<number>[12])\b", re.IGNORECASE)
# "Class" alone before a bare letter is as often the US's Class A, B or C as Europe's category.
_CLASS_ALONE = re.compile(r"^class(?:es)?[\s.:-]*\(?$", re.IGNORECASE)
_UK_BUS = re.compile(r"\b(?:pcv|psv)\b", re.IGNORECASE)
# A trailer's code written with its plus needs no scheme word: "C+E", "B + E", "D1+E".
_WITH_TRAILER = re.compile(r"(?<![\w+])(?P<code>[BCD]1?\s?\+\s?E)(?![\w+])")
_SEVEN_AND_A_HALF_TONNES = re.compile(r"\b7\.5\s*(?:t|tonnes?)\b", re.IGNORECASE)
# The US system, never an EU category.
_AMERICAN = re.compile(r"\bcdl\b|commercial\s+driver", re.IGNORECASE)
# A driving licence named with no category, as British, Irish and Commonwealth ads and CVs write
# it ("Full UK driving licence", "clean driving licence (3 points)"): the car licence, B. Only the
# words of that phrase: "HGV driving licence" or "automatic driving licence" are not it, nor the
# US "driver's license", whose classes are another system.
_CAR_LICENCE = re.compile(
    r"^(?:(?:full|clean|valid|current|uk|british|irish|eu|european|manual|car)\s+)*"
    r"(?:driving\s+licen[cs]e|car\s+licen[cs]e)$", re.IGNORECASE)
_NOTES = re.compile(r"\([^)]*\)|[,;:\u2013\u2014-].*$")


@lru_cache(maxsize=16_384)
def licence_category(name: str) -> str | None:
    """The EU category `name` is a driving licence of ("HGV Class 1" -> "CE", "permis C1E" ->
    "C1E"), or None when it names none (or a US licence)."""
    if _AMERICAN.search(name):
        return None
    uk = _UK_CLASS.search(name)
    if uk:
        return "CE" if uk.group("number") == "1" else "C"
    found = None
    for m in [*_WRITTEN.finditer(name), *_WITH_TRAILER.finditer(name)]:
        code = re.sub(r"[\s+]", "", m.group("code")).upper()
        if len(code) == 1 and _CLASS_ALONE.match(m.group()[:m.start("code") - m.start()].strip()):
            continue
        if code in COVERS and (found is None or len(code) > len(found)):
            found = code
    if found is not None:
        return found
    if _SEVEN_AND_A_HALF_TONNES.search(name):
        return "C1"
    if _UK_BUS.search(name):
        return "D"
    return "B" if _CAR_LICENCE.match(" ".join(_NOTES.sub(" ", name).split())) else None


def licence_covers(held: str, wanted: str) -> bool:
    """Whether holding the licence `held` lets one drive what the licence `wanted` allows."""
    wanted_category = licence_category(wanted)
    if wanted_category is None:
        return False
    held_category = licence_category(held)
    return held_category is not None and wanted_category in COVERS[held_category]

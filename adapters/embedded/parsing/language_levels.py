"""How well a résumé says its writer speaks a language, where the level stands beside the
language in running text ("fluent Spanish", "native English speaker", "Spanish (fluent)",
"German: B2", "Français – courant", "Deutsch fließend"): the words CVs use for a level in
English, German, French and Spanish, the CEFR grades and the LinkedIn-style proficiencies.
The level is kept as written, as a languages section's bracket is."""
from __future__ import annotations

import re

_ENGLISH = [
    r"native(?:\s+speaker)?", r"mother\s+tongue", r"first\s+language", r"bilingual",
    r"(?:business\s+)?fluent(?:ly)?", r"fluency", r"proficient",
    r"(?:full|limited)\s+professional(?:\s+working)?\s+proficiency", r"professional\s+working\s+proficiency",
    r"limited\s+working\s+proficiency", r"elementary\s+proficiency", r"working\s+(?:knowledge|proficiency)",
    r"(?:upper|lower)[\s-]intermediate", r"intermediate", r"advanced", r"conversational", r"basic",
    r"beginner", r"elementary", r"(?:very\s+)?good", r"excellent",
]
_GERMAN = [
    r"muttersprach(?:e|lich)", r"verhandlungssicher", r"flie(?:ß|ss)end", r"(?:sehr\s+)?gute?\s+kenntnisse",
    r"grundkenntnisse", r"(?:sehr\s+)?gut", r"fortgeschritten", r"anfänger(?:in)?", r"zweisprachig",
]
_FRENCH = [
    r"langue\s+maternelle", r"maternelle", r"courant", r"bilingue", r"avancé", r"intermédiaire", r"débutant",
    r"notions", r"(?:bon|très\s+bon)\s+niveau", r"scolaire", r"lu,?\s+écrit,?\s+parlé",
]
_SPANISH = [
    r"nativ[oa]", r"lengua\s+materna", r"idioma\s+materno", r"flu(?:ido|ida|ente)", r"bilingüe", r"avanzado",
    r"intermedio", r"básico", r"principiante", r"conversacional",
]
# The CEFR grades, and "B2 level"/"C1+" as they are written beside a language.
_CEFR = r"[ABC][12]\+?(?:\s+level)?"

_LEVEL = "(?:" + "|".join([*_ENGLISH, *_GERMAN, *_FRENCH, *_SPANISH]) + ")"
# After the language: in brackets, after a colon or a dash, or straight on ("Deutsch fließend").
_AFTER = re.compile(
    rf"\s*(?:\(\s*|:\s*|\s[-–—]\s*|\s)(?P<level>(?i:{_LEVEL})|{_CEFR})(?![\w-])(?:\s+(?i:level|speaker))?")
# Before it: "fluent Spanish", "native English", "fluent in Spanish", "B2 German".
_BEFORE = re.compile(rf"(?<![\w-])(?P<level>(?i:{_LEVEL})|{_CEFR})(?:\s+(?i:in))?\s+$")


def level_beside(text: str, start: int, end: int) -> str | None:
    """The level written right after or right before the language at text[start:end]."""
    after = _AFTER.match(text, end)
    if after:
        return _tidy(after.group("level"))
    before = _BEFORE.search(text, max(0, start - 60), start)
    return _tidy(before.group("level")) if before else None


def _tidy(level: str) -> str:
    return re.sub(r"\s+", " ", level).strip()

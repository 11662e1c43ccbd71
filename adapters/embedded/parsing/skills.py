"""The skills a resume lists: items of its skills sections, normalised through the taxonomy."""
from __future__ import annotations

import re

from domain.ports.documents import SkillExtractor

_YEARS_NOTE = re.compile(r"\((?:[^()]*\b(?:years?|months?)\b[^()]*)\)", re.I)
_ITEM_SPLIT = re.compile(r"[\n•●❖▪■◆➢►✓;|@]+|,\s*|\s+and\s+|\s+&\s+|\s{3,}|\t")
_LABEL = re.compile(r"^[^:]{2,40}:\s*")
_FILLER = re.compile(r"^(?:and|or|etc|with|using|like|such as|basic|good|knowledge of|"
                     r"working knowledge of|familiar with|proficient in|experience in|expertise in)\b",
                     re.I)
_CATEGORY = re.compile(r"^(?:[\w/-]+\s+){0,2}(?:tools|languages|systems|skills|technologies|frameworks|"
                       r"databases|platforms|packages|utilities|ides?|servers|methodologies)$", re.I)
_NOT_A_SKILL = re.compile(r"//|www\.|@|\.com\b|^\W*\d[\d\W]*$|\b(?:19|20)\d\d\b", re.I)
MAX_ITEM_WORDS = 4
PROSE_WORDS = 14


def _items(text: str) -> tuple[list[str], list[str]]:
    """(list items, prose lines): a skills section mixes lists with sentences about skills."""
    items, prose = [], []
    for line in _YEARS_NOTE.sub(" ", text).splitlines():
        line = _LABEL.sub("", line.strip(" •●❖▪*-·\t"))
        parts = [p.strip(" -*·.:()[]\t") for p in _ITEM_SPLIT.split(line)]
        parts = [p for p in parts if p and re.search(r"[A-Za-z]", p)]
        if len(line.split()) > PROSE_WORDS and sum(len(p.split()) for p in parts) > 4 * len(parts):
            prose.append(line)
            continue
        for item in parts:
            if not _NOT_A_SKILL.search(item) and not _CATEGORY.match(item):
                items.append(item)
    return items, prose


def listed_skills(sections: list[str], extractor: SkillExtractor) -> list[str]:
    """Canonical names where the taxonomy knows the item; short unknown items as written (a
    resume's own skills are worth keeping even when the taxonomy lacks them); long items yield
    the taxonomy skills they mention."""
    out: dict[str, str] = {}

    def add(name: str) -> None:
        key = name.casefold()
        if key not in out:
            out[key] = name

    for text in sections:
        items, prose = _items(text)
        for item in items:
            canonical = extractor.canonical(item)
            if canonical:
                add(canonical)
            elif len(item.split()) <= MAX_ITEM_WORDS and not _FILLER.match(item):
                add(item)
            else:
                prose.append(item)
        for line in prose:
            for name in extractor.extract(line):
                add(name)
    return list(out.values())


def resume_skills(skill_sections: list[str], full_text: str, extractor: SkillExtractor) -> list[str]:
    if any(s.strip() for s in skill_sections):
        return listed_skills(skill_sections, extractor)
    return extractor.extract(full_text)

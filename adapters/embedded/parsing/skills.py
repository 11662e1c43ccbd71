"""The skills a resume lists: items of its skills sections, normalised through the taxonomy."""
from __future__ import annotations

import re

from adapters.embedded.parsing.skill_items import and_parts, section_items
from adapters.embedded.parsing.skill_names import candidates, outside_and_inside, without_version
from domain.ports.documents import SkillExtractor

_FILLER = re.compile(r"^(?:and|or|etc|with|using|like|such as|basic|good|knowledge of|"
                     r"working knowledge of|familiar with|proficient in|experience in|expertise in)\b",
                     re.I)
_CATEGORY = re.compile(r"^(?:[\w/-]+\s+){0,2}(?:tools|languages|systems|skills|technologies|frameworks|"
                       r"databases|platforms|packages|utilities|ides?|servers|methodologies)$", re.I)
_NOT_A_SKILL = re.compile(r"//|www\.|@|\.com\b|^\W*\d[\d\W]*$|\b(?:19|20)\d\d\b", re.I)
MAX_ITEM_WORDS = 4


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
        items, prose = section_items(text)
        for whole in items:
            for item in [whole] if _known(whole, extractor) else and_parts(whole):
                if _NOT_A_SKILL.search(item) or _CATEGORY.match(item):
                    continue
                name = _known(item, extractor) or _as_written(item)
                if name:
                    add(name)
                else:
                    prose.append(item)
        for line in prose:
            for name in extractor.extract(line):
                add(name)
    return list(out.values())


def _as_written(item: str) -> str | None:
    """A short item the taxonomy lacks, kept as the person wrote it (without its version)."""
    written = without_version(outside_and_inside(item)[0])
    if len(written.split()) <= MAX_ITEM_WORDS and not _FILLER.match(written) \
            and not _NOT_A_SKILL.search(written) and re.search(r"[A-Za-z]", written):
        return written
    return None


def _known(item: str, extractor: SkillExtractor) -> str | None:
    return next((c for c in map(extractor.canonical, candidates(item)) if c), None)


def resume_skills(skill_sections: list[str], full_text: str, extractor: SkillExtractor) -> list[str]:
    if any(s.strip() for s in skill_sections):
        return listed_skills(skill_sections, extractor)
    return extractor.extract(full_text)

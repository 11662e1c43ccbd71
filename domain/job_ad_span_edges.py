"""Words before a job-ad span that belong to what is asked: how well a language is to be
spoken ("fluent Dutch", "basic English", "conversational Welsh"; praise such as "excellent",
and "native", which says who speaks it, are no level), and the maker's initials before a
product the taxonomy knows without them ("MS SharePoint", "MS Dynamics CRM")."""
from __future__ import annotations

import re

from domain.ports.documents import SkillExtractor
from domain.skills import SkillKind

_LEVEL = re.compile(r"\b(?:fluent|basic|conversational|intermediate|advanced|elementary|beginner)\s+$",
                    re.IGNORECASE)
_MAKER = re.compile(r"\bMS\s+$")


def edge_start(text: str, start: int, end: int, names: tuple[str, ...], skills: SkillExtractor) -> int:
    """Where the span text[start:end] naming `names` begins, with the words before it that
    belong to it."""
    if skills.canonical(text[start:end]) is None:
        return start
    kinds = {skills.kind(n) for n in names}
    # "MS" is the maker's only before its product (an "MS in Nursing" is a degree)
    product = SkillKind.TOOL in kinds or any((skills.canonical(n) or "").startswith("Microsoft ") for n in names)
    before = text[max(0, start - 20):start]
    found = (_LEVEL.search(before) if SkillKind.LANGUAGE in kinds else None) or (
        _MAKER.search(before) if product else None)
    return start - len(before) + found.start() if found else start

"""Words at the edge of a job-ad span. Before it, words that belong to what is asked: how well
a language is to be spoken ("fluent Dutch", "basic English", "conversational Welsh"; praise
such as "excellent", and "native", which says who speaks it, are no level), and the maker's
initials before a product the taxonomy knows without them ("MS SharePoint", "MS Dynamics
CRM"), and alternatives in lower case joined by a slash that share the words after them
("pick / pack orders", "cost / budget control"). After it, a word that does not: "team" after the field a team works in ("our
accounting and control team" asks for accounting and control), where no duty governs it
("liaise with the logistics team" keeps its object whole)."""
from __future__ import annotations

import re

from domain.action_verbs import ACTION_VERBS
from domain.ports.documents import SkillExtractor
from domain.skills import SkillKind

_LEVEL = re.compile(r"\b(?:fluent|basic|conversational|intermediate|advanced|elementary|beginner)\s+$",
                    re.IGNORECASE)
_MAKER = re.compile(r"\bMS\s+$")
_SLASHED = re.compile(r"(?:\b[a-z]+\s*/\s*)+$")


def edge_start(text: str, start: int, end: int, names: tuple[str, ...], skills: SkillExtractor) -> int:
    """Where the span text[start:end] naming `names` begins, with the words before it that
    belong to it."""
    if text[start:start + 1].islower() and (slashed := _SLASHED.search(text, max(0, start - 60), start)):
        return slashed.start()  # "pick / pack orders": the alternatives share the words after them
    if skills.canonical(text[start:end]) is None:
        return start
    kinds = {skills.kind(n) for n in names}
    # "MS" is the maker's only before its product (an "MS in Nursing" is a degree)
    product = SkillKind.TOOL in kinds or any((skills.canonical(n) or "").startswith("Microsoft ") for n in names)
    before = text[max(0, start - 20):start]
    found = (_LEVEL.search(before) if SkillKind.LANGUAGE in kinds else None) or (
        _MAKER.search(before) if product else None)
    return start - len(before) + found.start() if found else start


_FIELDS_TEAM = re.compile(r"(?P<field>[A-Za-z][\w-]*)\s+teams?$", re.IGNORECASE)
_NO_FIELD = frozenset("a an the our your their its this that my his her new whole wider same own".split())


def team_end(text: str, start: int, end: int, skills: SkillExtractor) -> int:
    """Where the span text[start:end] ends without a "team" after the field it names; a name
    the taxonomy knows whole, or the product "Teams" ("MS Teams"), keeps it."""
    found = _FIELDS_TEAM.search(text, start, end)
    if found is None or skills.canonical(text[start:end]):
        return end
    team = text[found.end("field"):end].strip()
    first = text[start:end].split()[0].lower()
    governed = found.start() > start and (first in ACTION_VERBS or first.endswith("ing"))
    product = team[:1].isupper() and skills.kind(skills.canonical(team) or team) is SkillKind.TOOL
    if governed or product or found.group("field").lower() in _NO_FIELD:
        return end
    return found.end("field")

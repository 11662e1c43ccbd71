"""Names the taxonomy counts only in a list of skills ("Excel", "Micros": words with an everyday
sense, or initials) read in prose (a job ad's, a résumé's) where the text lists them beside a
skill read there: "Sage 50 and Excel", "Micros and Opera PMS", "Python, Go and Rust". The list
is the context a skills section would give; alone in prose ("you will excel") they stay words."""
from __future__ import annotations

import re
from collections.abc import Callable

from domain.skill_taxonomy import SkillMention

# What may stand between two items of one list: a comma, a slash, an ampersand, "and", "or".
_LIST_JOIN = re.compile(r"\s*(?:,|/|&|;)?\s*(?:(?:and|or|as well as)\s+)?", re.IGNORECASE)


def listed_beside(text: str, read: list[SkillMention],
                  as_a_list: Callable[[str], list[SkillMention]]) -> list[SkillMention]:
    """The mentions a skills list would read (`as_a_list`) that prose did not, each joined by
    a list's separator to one read in prose, or to one joined so in turn; none overlapping
    `read`."""
    accepted = list(read)
    # Only a name written as a product spells itself ("Excel", "Word"): in lower case it is the
    # everyday word ("a driving licence and access to a car").
    waiting = [m for m in as_a_list(text) if text[m.start:m.end][:1].isupper()
               and not any(a.start < m.end and m.start < a.end for a in accepted)]
    added: list[SkillMention] = []
    grew = True
    while grew and waiting:
        grew = False
        for m in list(waiting):
            if any(_joined(text, a, m) or _joined(text, m, a) for a in accepted):
                accepted.append(m)
                added.append(m)
                waiting.remove(m)
                grew = True
    return added


def _joined(text: str, first: SkillMention, second: SkillMention) -> bool:
    if first.end > second.start:
        return False
    gap = text[first.end:second.start]
    return bool(gap.strip()) and _LIST_JOIN.fullmatch(gap) is not None

"""Skills named inside a German compound word: "Deutschkenntnisse" (knowledge of German),
"SAP-Kenntnisse", "Englischkenntnissen", "Staplererfahrung" (forklift experience). The word
before the ending that says "knowledge of" or "experience of" names the skill; the taxonomy
reads the word whole, so without this the skill goes unread."""
from __future__ import annotations

import re

from domain.ports.documents import SkillExtractor
from domain.skills import SkillMention

_COMPOUND = re.compile(
    r"(?<![\w-])(?P<stem>[^\W\d_][\w+#.]*?(?:-[\w+#.]+)*?)-?(?:kenntniss(?:e|en)?|kenntnis|erfahrung(?:en)?)\b",
    re.IGNORECASE)


def compound_mentions(text: str, skills: SkillExtractor) -> list[SkillMention]:
    """The skills named by the first part of such compounds, each span over that part only
    (so it reads as the skill written alone: "Deutsch", "SAP")."""
    out = []
    for m in _COMPOUND.finditer(text):
        stem = m.group("stem")
        canonical = skills.canonical(stem) if len(stem) > 1 else None
        if canonical:
            # no index: the port names skills, and nothing downstream of a job ad reads it
            out.append(SkillMention(-1, canonical, m.start("stem"), m.end("stem")))
    return out

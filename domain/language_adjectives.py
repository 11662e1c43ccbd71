"""A language's name used as an adjective ("a French brasserie", "Italian cuisine") says what kind
of place or food, and names no skill; after "speak" or before "required" it is the language."""
from __future__ import annotations

import re

from domain.ports.documents import SkillExtractor
from domain.skills import SkillKind, SkillMention

_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")
_PREVIOUS_WORD = re.compile(r"\b([A-Za-z]+)\W*$")
# After a language these words say the language itself is asked for ("French required").
_LANGUAGE_CONTEXT = frozenset(
    "and or nor is are was required preferred essential desirable mandatory needed necessary a an plus "
    "language languages speaker speakers speaking spoken fluency fluent proficiency proficient native level "
    "skill skills certificate certification written verbal as to at in with would will must".split())
# Before a language these words ask for it whatever follows ("speak French", "fluent French").
_SPEAKING = frozenset("speak speaks speaking fluent fluently native in and or read write".split())


def a_language_as_adjective(text: str, mention: SkillMention, skills: SkillExtractor) -> bool:
    """"a French brasserie", "Italian cuisine": the language says what kind of place or food."""
    if skills.kind(mention.name) is not SkillKind.LANGUAGE:
        return False
    after = _NEXT_WORD.match(text, mention.end)
    before = _PREVIOUS_WORD.search(text, 0, mention.start)
    if before and before.group(1).lower() in _SPEAKING:
        return False
    return after is not None and after.group(1).lower() not in _LANGUAGE_CONTEXT


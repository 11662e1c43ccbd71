"""A qualification of one subject at a higher level covers the same subject at a lower one:
"Level 3 Award in Food Safety in Catering" meets an ask for "Level 2 Food Hygiene", an "NVQ
Level 3 in Health and Social Care" one for a "Level 2 Diploma in Health and Social Care",
"CFA Level III" one for "CFA Level I", a "Certificate IV in Ageing Support" one for a
"Certificate III in Ageing Support", an "Advanced Diploma of Nursing" one for a "Diploma of
Nursing". Levels of one framework stack (England's RQF/QCF and
the NVQs they replaced, Scotland's SVQs numbered alike, a body's own levels, Australia's AQF
with its Certificates I to IV, Diploma (5) and Advanced Diploma (6)): whoever passed
the higher one was assessed on what the lower one asks. A lower level never meets a higher.

Only the subject decides, read from the name without its level, the framework's words
(award, certificate, diploma, NVQ ...), the qualifier of role ("supervising", "managing" food
safety are food safety at the levels that teach them) and the setting ("in catering"):
"Level 3 Diploma in Health and Social Care" and "Level 2 Care Certificate" are different
subjects (the Care Certificate is a set of induction standards, not a level of the diploma),
and so are first aid at work and emergency first aid at work at one level. A name with no level
is left to specialisations.py."""
from __future__ import annotations

import re
from functools import lru_cache

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}
# "Level 3", "NVQ 2", "SVQ Level 3", "L2", "Level III"; and Australia's AQF "Certificate III", "Cert 3".
_LEVEL = re.compile(r"\b(?:level|lvl|nvq|svq|rqf|qcf|scqf)\s*(?:level\s*)?(?P<level>\d|i{1,3}|iv|vi{0,3})\b"
                    r"|\bl(?P<short>\d)\b|\bcert(?:ificate)?\s+(?P<aqf>i{1,3}|iv|[1-4])\b", re.IGNORECASE)
# The AQF's levels above its Certificates, named "Diploma of X" (5) and "Advanced Diploma of X" (6);
# never a Graduate Diploma (8, after a degree) nor a diploma "in" (England's, with a level of its own).
_AQF_DIPLOMA = re.compile(r"(?<!graduate )\b(?P<advanced>advanced\s+)?diploma\s+of\b", re.IGNORECASE)
_AQF_DIPLOMA_LEVEL, _AQF_ADVANCED_DIPLOMA_LEVEL = 5, 6
_BRACKETS = re.compile(r"\([^)]*\)")
# Words of the framework and the award, not of the subject.
_NOT_SUBJECT = frozenset(
    "award certificate certification cert diploma extended qualification qualifications course training "
    "nvq svq rqf qcf vrq scqf btec level lvl in of for the a an at to".split())
# Words of the role taught at a level ("supervising food safety") and of the setting ("in
# catering, retail or manufacturing"): the subject is the same without them.
_ROLE_OR_SETTING = frozenset(
    "supervising supervisory managing management principles understanding introduction intermediate "
    "catering retail manufacturing hospitality workplace".split())
# One subject under two names: food hygiene is food safety's older name in the UK's awards.
_SAME_SUBJECT = {"food hygiene": "food safety", "food safety hygiene": "food safety",
                 "food hygiene safety": "food safety"}


@lru_cache(maxsize=65_536)
def level_and_subject(name: str) -> tuple[int, str] | None:
    """The level a qualification's name gives and its subject's key ("Level 3 Award in Food
    Safety in Catering" -> (3, "food safety")), or None when it names no level or no subject."""
    text = _BRACKETS.sub(" ", name)
    found = list(_LEVEL.finditer(text))
    if not found and len(diplomas := list(_AQF_DIPLOMA.finditer(text))) == 1:
        level = _AQF_ADVANCED_DIPLOMA_LEVEL if diplomas[0].group("advanced") else _AQF_DIPLOMA_LEVEL
        return _with_subject(level, text[:diplomas[0].start()] + " " + text[diplomas[0].end():])
    if len(found) != 1:  # none, or two levels in one name ("Level 2 and 3"): nothing to compare
        return None
    written = next(g for g in found[0].group("level", "short", "aqf") if g).lower()
    level = int(written) if written.isdigit() else _ROMAN[written]
    return _with_subject(level, text[:found[0].start()] + " " + text[found[0].end():])


def _with_subject(level: int, rest: str) -> tuple[int, str] | None:
    """`level` with the subject's key read from the name without its level."""
    rest = rest.lower()
    words = [w for w in re.findall(r"[a-z0-9]+", rest)
             if w not in _NOT_SUBJECT and w not in _ROLE_OR_SETTING and w != "and"]
    subject = " ".join(words)
    subject = _SAME_SUBJECT.get(subject, subject)
    return (level, subject) if subject else None


def level_covers(held: str, wanted: str) -> bool:
    """Whether `held` is `wanted`'s subject at its level or a higher one."""
    mine, asked = level_and_subject(held), level_and_subject(wanted)
    return mine is not None and asked is not None and mine[1] == asked[1] and mine[0] >= asked[0]

"""What a duty names, apart from how it is done: the words the taxonomy's names are looked up by
in a requirement phrase kept wider where labelled spans mark it so. "Operate forklifts safely"
names forklift operation, "Help with cooking and baking" names cooking and baking, "Keep up to
date with HMRC rules" names HMRC rules."""
from __future__ import annotations

from domain.manner_adverbs import NOT_HOW, an_adverb
from domain.requirement_phrases import TOKEN, Phrase
from domain.requirement_words import gerund

_UP_TO_DATE = ["up", "to", "date", "with"]


def phrase_cores(text: str, phrase: Phrase) -> list[Phrase]:
    """The phrase without its closing adverbs of manner ("safely and hygienically") and without a
    leading "<verb> with" before an activity ("assist with cooking and serving meals": each
    activity apart) or "keep up to date with"; [] when nothing is left off."""
    found = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, phrase.start, phrase.end)]
    words = [w.lower() for _, _, w in found]
    a, b = 0, len(found)
    while b - a > 2 and (_manner(found[b - 1][2]) or words[b - 1] in ("and", "or", ",") and _manner(found[b - 2][2])):
        b -= 1
    # a verb alone with its manner ("work safely", "drive considerately") is the duty as written
    activity = b - a > 2 and words[1] == "with" and gerund(found[2][2], found[3][2] if b > 3 else "")
    if activity:
        a = 2
    elif words[1:5] == _UP_TO_DATE and b > 5:
        a = 5
    if (a, b) == (0, len(found)):
        return []
    parts, start = [], a
    for k in range(a + 1, b):
        if activity and words[k] in ("and", "or") and k + 1 < b and gerund(found[k + 1][2]):
            parts.append((start, k))
            start = k + 1
    parts.append((start, b))
    return [Phrase(found[i][0], found[j - 1][1], tuple(w for _, _, w in found[i:j]), activity) for i, j in parts if j > i]


def _manner(token: str) -> bool:
    return token.islower() and an_adverb(token) and token not in NOT_HOW

"""Items joined to a skill by "and", "or" or a comma ("customer service and health and
fitness", "Trust and inspiration"): each read as a skill as the item beside it is. Where the
list ends and what is no item of it ("etc", a pronoun, "or above", "Full and clean")."""
from __future__ import annotations

from domain.action_verbs import ACTION_VERBS
from domain.phrase_extent import run_on_duty
from domain.requirement_phrases import TOKEN, Phrase
from domain.requirement_words import (
    COORDINATORS,
    DETERMINERS,
    GERUND_OPENERS,
    KNOWLEDGE,
    PRONOUNS,
    QUALIFIERS,
    STOPS,
    TO_CUES,
    gerund,
    is_word,
)

# "AAT Level 3 or above": words after "or" that widen the item before them, no second item.
WIDENING_WORDS = frozenset("above higher equivalent similar better".split())
MAX_COORDINATED_WORDS = 5
# After "and" or a comma, words that close a list or start a new clause, never its next item.
_NO_ITEM = PRONOUNS | frozenset("etc etc. more others so no not without".split())
# Words that only say how complete or in force a thing is: before "and" they share the noun of
# the item after it ("Full and clean driving licence"), never an item of their own.
_STANDING = frozenset("full clean valid current relevant recent active".split())


def _coordinate_end(tokens: list[str], k: int) -> int:
    j = k
    while j < len(tokens) and j - k < MAX_COORDINATED_WORDS:
        low = tokens[j].lower()
        if not is_word(tokens[j]) or low in COORDINATORS | STOPS | TO_CUES | KNOWLEDGE | PRONOUNS \
                or (j > k and run_on_duty(tokens, j)):
            break
        j += 1
    return j


def _verb_cut_short(tokens: list[str], k: int, end: int) -> bool:
    """"care for deteriorating patients" after a comma: a duty's verb whose phrase goes on past a
    stop word, not an item of the list before it."""
    return tokens[k].lower() in ACTION_VERBS and end < len(tokens) and tokens[end].lower() in STOPS


def coordinated(text: str, spans: list[tuple[int, int]]) -> list[Phrase]:
    """Items joined to a skill by "and", "or" or a comma ("customer service and [health and
    fitness]", "[Trust] and inspiration"): as skills as the item beside them."""
    found = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
    tokens = [t for _, _, t in found]
    starts = {s: i for i, (s, _, _) in enumerate(found)}
    ends = {e: i for i, (_, e, _) in enumerate(found)}
    taken = {i for a, b in spans if a in starts and b in ends for i in range(starts[a], ends[b] + 1)}
    todo = [(starts[a], ends[b] + 1) for a, b in spans if a in starts and b in ends]
    out: list[tuple[int, int]] = []
    while todo:
        i, j = todo.pop()
        k = j
        while k < len(tokens) and tokens[k].lower() in COORDINATORS and k - j < 2:
            k += 1
        if k > j and k < len(tokens) and tokens[k].lower() not in DETERMINERS | _NO_ITEM:
            end = _coordinate_end(tokens, k)
            widening = tokens[k - 1].lower() == "or" and tokens[k].lower() in WIDENING_WORDS
            # "..., good knowledge of GST": a qualifier cut off by what it qualifies is no item
            only_qualifiers = all(t.lower() in _STANDING | QUALIFIERS for t in tokens[k:end])
            if end > k and not taken & set(range(k, end)) and not _verb_cut_short(tokens, k, end) and not widening \
                    and not only_qualifiers:
                out.append((k, end))
                taken.update(range(k, end))
                todo.append((k, end))
        if i >= 2 and tokens[i - 1].lower() in ("and", "or", "&"):
            b = i - 1
            a = b
            while a > 0 and is_word(tokens[a - 1]) and b - a < 4 and tokens[a - 1].lower() not in \
                    STOPS | DETERMINERS | QUALIFIERS | COORDINATORS | GERUND_OPENERS | TO_CUES | _NO_ITEM:
                a -= 1
            standing = all(t.lower() in _STANDING | QUALIFIERS for t in tokens[a:b])
            if a < b and not taken & set(range(a, b)) and not standing:
                out.append((a, b))
                taken.update(range(a, b))
    return [Phrase(found[a][0], found[b - 1][1], tuple(tokens[a:b]), gerund(tokens[a])) for a, b in sorted(out)]

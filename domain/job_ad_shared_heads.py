"""Words of a list that share the noun its last item ends with: "provide antenatal, intrapartum
and postnatal care" asks for antenatal care and intrapartum care as well, "paediatric and adult
first aid" for paediatric first aid. The span reader reads each lone word as an item of its own
("antenatal"), which no résumé writes so; a lone word becomes the skill it names with the shared
noun when the taxonomy knows that skill, and stays as it was otherwise (as does a product or a
credential: "Xero and Sage accounting" lists two products)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from domain.duty_requirements import duty_object
from domain.ports.documents import SkillExtractor
from domain.skills import SkillKind

Span = TypeVar("Span")
# What parts the items of one list: a comma, "and", "or", "&", or a comma before either.
_LIST_GAPS = frozenset({",", "and", "or", "&", ", and", ", or", ",and", ",or", "/"})


def _one_list(gap: str) -> bool:
    return " ".join(gap.split()) in _LIST_GAPS


def _lone_word(written: str) -> list[str]:
    """The item's words, less a verb leading it ("provide antenatal": antenatal)."""
    words = written.split()
    if len(words) > 1 and (obj := duty_object(written, True)):
        return obj.split()
    return words


def with_shared_heads(text: str, spans: Sequence[Span], place: Callable[[Span], tuple[int, int]],
                      named: Callable[[Span, str], Span], skills: SkillExtractor) -> list[Span]:
    """`spans` in order; each lone word listed before an item whose last word is a noun the
    list shares renamed (`named`) to the skill the two name, where the taxonomy knows it."""
    out = list(spans)
    places = [place(s) for s in spans]
    chain_end = len(out) - 1
    heads: dict[int, list[str]] = {}
    for i in range(len(out) - 1, -1, -1):
        a, b = places[i]
        if i + 1 < len(out) and _one_list(text[b:places[i + 1][0]]):
            words = _lone_word(text[a:b])
            if chain_end not in heads:
                heads[chain_end] = text[places[chain_end][0]:places[chain_end][1]].split()
            head = heads[chain_end]
            alone = skills.canonical(words[0]) if len(words) == 1 else None
            if len(words) == 1 and len(head) > 1 and words[0].isalpha() \
                    and (alone is None or skills.kind(alone) is SkillKind.SKILL):
                joined = f"{words[0]} {' '.join(head[1:])}"
                known = skills.canonical(joined)
                if known is not None and skills.kind(known) is SkillKind.SKILL:
                    out[i] = named(out[i], known)
        else:
            chain_end = i
    return out

"""The colours of one scheme's cards: "CSCS Blue or Gold card", "ECS Gold or Black card",
"CPCS Red / Blue card" ask for the scheme's card in either colour. The span reader read the
scheme and "Gold card" apart, and "Gold card" alone is another scheme's (the electricians' JIB
card): a gate no carpenter met. The colour after the "or" is the scheme's; the requirement is
the scheme's card."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

Span = TypeVar("Span")
COLOURS = frozenset("gold blue green red black white yellow grey gray silver platinum orange purple".split())
_JOINING = frozenset({"or", "/", "and", ","})


def _colours_then_or(gap: str) -> bool:
    """" Blue or ", " Blue, Green or ": colours, then the word joining the last one."""
    words = gap.replace(",", " , ").replace("/", " / ").lower().split()
    return len(words) >= 2 and words[-1] in _JOINING - {","} and words[0] in COLOURS \
        and all(w in COLOURS or w == "," for w in words[:-1])


def _a_coloured_card(written: str) -> bool:
    words = written.lower().split()
    return len(words) == 2 and words[0] in COLOURS and words[1] in ("card", "cards")


def with_card_colours(text: str, spans: Sequence[Span], place: Callable[[Span], tuple[int, int]],
                      joined: Callable[[Span, int], Span]) -> list[Span]:
    """`spans` in order, each "<colour> card" after "<scheme> <colour> or" made one with the
    scheme's span (`joined`: the scheme's span run on to the given end)."""
    out: list[Span] = []
    for span in spans:
        a, b = place(span)
        if out and _a_coloured_card(text[a:b]) and _colours_then_or(text[place(out[-1])[1]:a]):
            out[-1] = joined(out[-1], b)
        else:
            out.append(span)
    return out

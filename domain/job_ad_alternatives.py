"""Skills a job ad names as alternatives, any one of which meets the requirement: "ACCA
qualified (or ACA/CIMA)", "Xero, Sage or QuickBooks", "one of BLS, ILS or ALS", "either a JIB
card or an ECS card". Read from the words between the skills an ad names: "or" (and "and/or")
joins alternatives, a comma before an "or" lists more of them, and a slash joins them where
they are credentials ("ACA/CIMA") or follow an "or", and a comma does in a list of credentials
closed by "or equivalent" ("ACA, ACCA or equivalent"); elsewhere a slash joins skills asked for
together ("HTML/CSS"), and "and" always does."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from enum import Enum

# Words beside a credential's name saying no more than that it is held ("ACCA qualified").
_HOLDING = re.compile(r"\b(?:qualified|qualification|certified|certificate|certification|licen[cs]ed?|card|"
                      r"ticket|holder|member(?:ship)?|registered|registration|experience|equivalent)\b|[()]",
                      re.IGNORECASE)
_OR = re.compile(r"^,?\s*(?:either\s+)?(?:or|and\s*/\s*or|oder|ou|o)\s*(?:an?\s+|a\s+)?$", re.IGNORECASE)
_SLASH = re.compile(r"^/$")
_COMMA = re.compile(r"^,$")
# A list of credentials closed by "or equivalent" offers a choice: "ACA, ACCA or equivalent",
# "CIMA, ACCA qualified or an equivalent". Each run of spaces is followed by other characters
# than spaces, so the match is linear.
_OR_EQUIVALENT = re.compile(r"[ \t]*(?:(?:qualified|qualification|certified|certificate)\b[ \t]*)?(?:,[ \t]*)?"
                            r"(?:or|/)[ \t]*(?:an?[ \t]+)?equivalent\b", re.IGNORECASE)
_LEAD = re.compile(r"\b(?:(?:one|any|either)\s+of(?:\s+the\s+following)?|either)\s*:?\s*$", re.IGNORECASE)


class _Link(Enum):
    OR = "or"
    SLASH = "/"
    COMMA = ","


def _link(gap: str) -> _Link | None:
    words = " ".join(_HOLDING.sub(" ", gap).split())
    for pattern, link in ((_OR, _Link.OR), (_SLASH, _Link.SLASH), (_COMMA, _Link.COMMA)):
        if pattern.match(words):
            return link
    return None


def alternative_runs(text: str, spans: Sequence[tuple[int, int]],
                     credential: Callable[[int], bool]) -> list[list[int]]:
    """`spans` (in order, not overlapping) in runs: each run of more than one span names
    alternatives, any one of which meets the requirement; a run of one, a skill of its own.
    `credential(i)`: whether span i names a licence or certificate."""
    links = [_link(text[a[1]:b[0]]) for a, b in zip(spans, spans[1:])]
    runs: list[list[int]] = []
    start = 0
    for i in range(len(spans)):
        if i == len(spans) - 1 or links[i] is None:
            runs.extend(_split_chain(text, spans, links, start, i, credential))
            start = i + 1
    return runs


def _split_chain(text: str, spans: Sequence[tuple[int, int]], links: Sequence[_Link | None],
                 first: int, last: int, credential: Callable[[int], bool]) -> list[list[int]]:
    """The runs of the chain of spans first..last, each joined to the next by a link."""
    if first == last:
        return [[first]]
    if _LEAD.search(text[max(0, spans[first][0] - 30):spans[first][0]]):
        return [list(range(first, last + 1))]
    ors = [k for k in range(first, last) if links[k] is _Link.OR]
    if ors:
        end = ors[-1] + 1
        while end < last and links[end] is _Link.SLASH:
            end += 1
        # commas before an "or" list more alternatives ("Xero, Sage or QuickBooks")
        return [list(range(first, end + 1)), *_split_chain(text, spans, links, end + 1, last, credential)] \
            if end < last else [list(range(first, end + 1))]
    if all(links[k] is _Link.COMMA for k in range(first, last)) \
            and all(credential(k) for k in range(first, last + 1)) and _OR_EQUIVALENT.match(text, spans[last][1]):
        return [list(range(first, last + 1))]
    runs: list[list[int]] = []
    run = [first]
    for k in range(first, last):
        if links[k] is _Link.SLASH and credential(k) and credential(k + 1):
            run.append(k + 1)
        else:
            runs.append(run)
            run = [k + 1]
    return [*runs, run]

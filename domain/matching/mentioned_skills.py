"""A wanted skill no taxonomy names, found in the résumé's own words.

Employers ask for things no skill list knows ("patient handling", "counterbalance forklift",
"night shifts on a stroke ward"). The parser finds a résumé's skills by the taxonomy, so such a
requirement was missing for every candidate, even one whose duties say it word for word. A
requirement the taxonomy does not know (nor one naming two skills it knows, see
joint_skills.py) is held when the résumé's text holds its words as one phrase, case and
punctuation aside. Without a taxonomy every name would count as unknown, so nothing is looked
for in the text then."""
from __future__ import annotations

from collections.abc import Callable

from domain.skill_alternatives import alternatives
from domain.skills import normalise

# A single unknown word this short is as often an abbreviation of something else ("ops",
# "hr") as the skill asked for.
_SHORTEST_SINGLE_WORD = 4


def mention_text(text: str) -> str:
    """The text a phrase is looked for in: its word tokens, one space apart and one either
    side, so that a phrase is found only as whole words."""
    key = normalise(text)
    return f" {key} " if key else ""


def mention_keys(wanted: str, known: Callable[[str], str | None],
                 generic: Callable[[str], bool]) -> tuple[str, ...]:
    """What finds `wanted` (or any one of its alternatives, "A or B") in a mention text: each
    alternative the taxonomy does not know, as padded tokens; () when there is none."""
    keys: list[str] = []
    for part in alternatives(wanted):
        if known(part) is not None or generic(part):
            continue
        key = normalise(part)
        if not key or (" " not in key and len(key) < _SHORTEST_SINGLE_WORD):
            continue
        keys.append(f" {key} ")
    return tuple(keys)


def mentions(text: str, keys: tuple[str, ...]) -> bool:
    return any(key in text for key in keys)

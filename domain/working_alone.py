"""Readiness to work without others, asked for in a job ad: "happy to work alone", "able to
work unsupervised", "keen to work on your own"."""
from __future__ import annotations

# "happy to work alone": readiness to work without others is what is asked; "happy to" before
# other verbs is as often the employer's ("happy to discuss flexible hours") and is left.
_READY = frozenset("happy comfortable prepared keen confident".split())
_ALONE = frozenset("alone independently unsupervised autonomously solo".split())


def working_alone(tokens: list[str], i: int, cues: frozenset[str]) -> int:
    """How many words from "to" to the end of "to work alone" after a word of readiness at
    i - 1 (or one of `cues`, "able"), or 0."""
    if not (tokens[i].lower() == "to" and i > 0 and tokens[i - 1].lower() in _READY | cues
            and i + 2 < len(tokens) and tokens[i + 1].lower() == "work"):
        return 0
    if tokens[i + 2].lower() in _ALONE:
        return 3
    return 5 if [t.lower() for t in tokens[i + 2:i + 5]] in (["on", "your", "own"], ["on", "their", "own"]) else 0

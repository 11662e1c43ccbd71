"""How well a job ad asks a language to be spoken ("fluent Dutch", "basic English",
"conversational Welsh"): the level is part of what is asked, so the span of the language
starts at it. Words of praise ("excellent", "good") and "native", which says who speaks it,
are no level."""
from __future__ import annotations

import re

_LEVEL = re.compile(r"\b(?:fluent|basic|conversational|intermediate|advanced|elementary|beginner)\s+$",
                    re.IGNORECASE)


def level_start(text: str, start: int) -> int | None:
    """Where the level before a language named at `start` begins, if one is written there."""
    found = _LEVEL.search(text, max(0, start - 20), start)
    return found.start() if found else None

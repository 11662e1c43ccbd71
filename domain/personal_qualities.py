"""Personal qualities a job ad asks for ("a proactive, flexible attitude", "you are
personable and resilient"): a trait is a soft skill of its own, one word a span. They name
no taxonomy skill, so they are read as spans only and never become a job's listed skills."""
from __future__ import annotations

import re

# Adjectives that describe how a person works. Words that as often describe the post or the
# employer ("professional services", "a dedicated team", "responsible for") are left out.
TRAITS = frozenset("""
proactive flexible confident personable passionate enthusiastic adaptable resilient reliable
dynamic innovative creative ambitious talented hardworking hard-working determined friendly
approachable independent articulate diligent meticulous punctual energetic positive outgoing
assertive tenacious conscientious methodical analytical numerate literate versatile
collaborative self-motivated selfmotivated self-disciplined selfdisciplined self-starting
trustworthy empathetic resourceful organised organized motivated
""".split())

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]")


def trait_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a personal quality, as (start, end) offsets."""
    return [(m.start(), m.end()) for m in _WORD.finditer(text) if m.group().lower() in TRAITS]

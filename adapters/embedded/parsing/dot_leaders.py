"""Leader dots: a row of dots that leads the eye from a header to its dates across the page
("Sound Technician ............ 2021 – present", "Welder . . . . . . 2015 – 2019"), as a
word processor's tab leader or a typed CV sets them. They part two columns as a wide gap does,
and are read as one; three dots ("etc...", "and more...") stay as written."""
from __future__ import annotations

import re

# five dots or more, or four spaced ones, or two ellipsis characters, between two words
_LEADER = re.compile(r"(?<=\S)[ \t]*(?:\.{5,}|(?:\.[ \t]){3,}\.|…{2,}|(?:…[ \t]*){2,})[ \t]*(?=\S)")
_GAP = "     "


def leaders_as_gaps(text: str) -> str:
    return _LEADER.sub(_GAP, text)

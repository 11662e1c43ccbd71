"""Post-nominal initials written beside a credential are credentials too: "RGN/RN", "RGN, RMN or
RNLD", "RGN with current NMBI registration". A nurse's, midwife's or accountant's register is
named by initials the taxonomy may not know, and alone in prose initials are as often a company
or a team; joined to a credential the ad names, by a slash, a comma, "or", "and" or "with", they
are one more of the credentials asked for."""
from __future__ import annotations

import re

_INITIALS = re.compile(r"(?<![\w/+-])[A-Z]{3,6}(?![\w+-])")
# What joins initials to the credential after them, or to the one before them.
_JOINED_BEFORE = re.compile(r"^\s*(?:/|,|&|\bor\b|\band\b|\bwith\b)(?:\s+(?:a|an|current|valid|active|live)\b)*\s*$")
_JOINED_AFTER = re.compile(r"^\s*(?:/|,|&|\bor\b|\band\b|,\s*(?:or|and)\b)\s*$")


def initials_beside(text: str, credentials: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where initials joined to a credential of `credentials` (or to initials so joined) are
    written, outside every span of `taken`."""
    candidates = [(m.start(), m.end()) for m in _INITIALS.finditer(text)
                  if _has_lower_case(text, m.start()) and not any(a < m.end() and m.start() < b for a, b in taken)]
    known = list(credentials)
    found: list[tuple[int, int]] = []
    grew = True
    while grew:
        grew = False
        for start, end in candidates:
            if (start, end) in found:
                continue
            if any(end <= a and _JOINED_BEFORE.match(text[end:a]) or b <= start and _JOINED_AFTER.match(text[b:start])
                   for a, b in known):
                found.append((start, end))
                known.append((start, end))
                grew = True
    return sorted(found)


def _has_lower_case(text: str, at: int) -> bool:
    """A line in capitals throughout ("CPC AND ADR REQUIRED") has no initials to tell apart."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    return any(c.islower() for c in text[line_start:line_end if line_end >= 0 else len(text)])

"""The job written first in an experience section as a title over its employer with no
dates ("Consultant" over "Acme Ltd", then what was done), above the dated jobs: job sites'
exports leave the present job so when its start was not filled in."""
from __future__ import annotations

import re
from collections.abc import Callable

from adapters.embedded.parsing.dates import find_ranges
from adapters.embedded.parsing.header_lines import is_header_like

_MAX_WORDS = 6
_BRACKETS = re.compile(r"\([^()]*\)")
# A total, a label or a list is no title or employer ("Total experience: 6 years", "Skills:")
_NO_NAME = re.compile(r"\d|:|;|\b(?:total|experience|years?|summary|profile|objective)\b", re.I)


def first_lines_above(lines: list[str], first_header: int) -> list[str]:
    """The lines above the first dated job's header, blank ones left out."""
    return [line.strip() for line in lines[:first_header] if line.strip()]


def header_top(lines: list[str], anchor: int, header: list[str]) -> int:
    """Where the first dated job's header begins: its lines are the last ones above its dates."""
    taken = {h.strip() for h in header}
    top = anchor
    for k in range(anchor - 1, -1, -1):
        text = lines[k].strip()
        if not text:
            continue
        if text not in taken:
            break
        top = k
    return top


def undated_title_and_employer(above: list[str], title_score: Callable[[str], int]) -> tuple[str, str, list[str]] | None:
    """(title line, employer line, the lines under them) when the lines above the first dated
    job open with a title over an employer; None for a summary, a total or one line alone."""
    if len(above) < 2:
        return None
    title, employer = above[0], above[1]
    if not all(_a_name_line(line) for line in (title, employer)):
        return None
    # a note in brackets after the employer may name a role ("Halcyon Labs (Vendor to Acme)")
    if title_score(title) <= 0 or title_score(_BRACKETS.sub(" ", employer)) > 0 or not employer[:1].isupper():
        return None
    return title, employer, above[2:]


def _a_name_line(line: str) -> bool:
    return is_header_like(line) and len(line.split()) <= _MAX_WORDS and not _NO_NAME.search(line) \
        and not find_ranges(line) and not line.endswith(".")
